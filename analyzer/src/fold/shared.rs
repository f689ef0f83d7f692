//! The text and bytes of folded values.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// A folded string or byte string: borrowed from the source, or built by folding and
/// shared. Names bound to constants are cloned at every use, so a clone must not copy: a
/// file that names a megabyte of text and then uses the name thousands of times would
/// otherwise cost gigabytes of copying.
pub(crate) enum Shared<'a, T: ?Sized> {
    Borrowed(&'a T),
    Owned(Rc<T>),
}

impl<T: ?Sized> Clone for Shared<'_, T> {
    fn clone(&self) -> Self {
        match self {
            Shared::Borrowed(value) => Shared::Borrowed(value),
            Shared::Owned(value) => Shared::Owned(Rc::clone(value)),
        }
    }
}

impl<T: ?Sized> Deref for Shared<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        match self {
            Shared::Borrowed(value) => value,
            Shared::Owned(value) => value,
        }
    }
}

impl<T: ?Sized> AsRef<T> for Shared<'_, T> {
    fn as_ref(&self) -> &T {
        self
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Shared<'_, T> {
    /// The same text is equal without reading it: a name's megabyte value is compared with
    /// itself at every use that merges values.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq::<T>(&**self, &**other) || **self == **other
    }
}

impl PartialEq<str> for Shared<'_, str> {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Shared<'_, str> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Shared<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Shared<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<'a> From<&'a str> for Shared<'a, str> {
    fn from(text: &'a str) -> Self {
        Shared::Borrowed(text)
    }
}

impl From<String> for Shared<'_, str> {
    fn from(text: String) -> Self {
        Shared::Owned(text.into())
    }
}

impl From<Vec<u8>> for Shared<'_, [u8]> {
    fn from(bytes: Vec<u8>) -> Self {
        Shared::Owned(bytes.into())
    }
}
