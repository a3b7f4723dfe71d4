// Empty: this crate only exists to make cargo fetch its dependency.
