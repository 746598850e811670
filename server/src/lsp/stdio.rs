//! The protocol gets the process's stdin and stdout to itself: user
//! programs run in this process, and a stray `print` or `input()` must not
//! corrupt the message stream. Copies of the descriptors carry the
//! protocol; descriptor 0 becomes /dev/null and 1 goes to stderr.

use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};

/// The protocol's input and output, with 0 and 1 redirected; None if the
/// descriptors cannot be duplicated.
pub fn take_transport() -> Option<(File, File)> {
    let input: OwnedFd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    let output: OwnedFd = std::io::stdout().as_fd().try_clone_to_owned().ok()?;
    let null = File::open("/dev/null").ok()?;
    // SAFETY: dup2 on descriptors this process owns; it only rebinds 0 and 1.
    let ok = unsafe { libc::dup2(null.as_raw_fd(), 0) >= 0 && libc::dup2(2, 1) >= 0 };
    ok.then(|| (File::from(input), File::from(output)))
}
