//! Static analysis of Python source for sandbox-escape patterns.
