//! Holds nothing: the tests live in the test targets beside this file.
