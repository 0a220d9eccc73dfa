//! `hookctl render`.
