//! Waiting for work on the language server's own threads, giving freed
//! memory back to the system once a thread goes idle.

use std::sync::mpsc;
use std::time::Duration;

/// How long a thread waits without work before it gives the memory of its
/// last job back (a pause in typing, not the gap between keystrokes).
const IDLE: Duration = Duration::from_millis(300);

/// Blocks for the next message of `rx` (None once every sender is gone).
/// After [`IDLE`] without one, and only once per stretch of work
/// (`released` remembers), it releases the thread's free memory.
pub fn next<T>(rx: &mpsc::Receiver<T>, released: &mut bool) -> Option<T> {
    loop {
        match rx.recv_timeout(IDLE) {
            Ok(message) => {
                *released = false;
                return Some(message);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if !*released {
                    crate::release_free_memory();
                    *released = true;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return None,
        }
    }
}
