//! The enforced boundary: namespaces, rootfs, seccomp, Landlock, limits.
