//! This machine's name and other processes' liveness and start times (Linux's /proc; elsewhere
//! on Unix `kill(pid, 0)` alone, without start times).

use chrono::{DateTime, Utc};

/// The host name as the kernel knows it, without spaces (it is one word of a name).
pub fn hostname() -> String {
    let raw =
        std::fs::read_to_string("/proc/sys/kernel/hostname").ok().or_else(gethostname).unwrap_or_default();
    let word: String = raw.trim().chars().map(|c| if c.is_whitespace() { '-' } else { c }).collect();
    if word.is_empty() { "localhost".to_string() } else { word }
}

#[cfg(unix)]
fn gethostname() -> Option<String> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it or fails.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return None;
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Some(String::from_utf8_lossy(&buf[..end]).into_owned())
}

#[cfg(not(unix))]
fn gethostname() -> Option<String> {
    std::env::var("COMPUTERNAME").ok()
}

/// Whether a process with this id exists (a zombie counts as gone).
pub fn is_running(pid: u32) -> bool {
    if let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        return stat.rsplit_once(')').is_some_and(|(_, rest)| !rest.trim_start().starts_with(['Z', 'X']));
    }
    if std::path::Path::new("/proc/self/stat").exists() {
        return false;
    }
    signal_zero(pid)
}

#[cfg(unix)]
fn signal_zero(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 only checks that the process exists and may be signalled.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn signal_zero(_pid: u32) -> bool {
    // No way to tell here: never take another process's subscriptions for stale ones.
    true
}

/// When a process started (whole seconds), from /proc: the boot time plus field 22 of
/// `/proc/PID/stat` in clock ticks. `None` where there is no /proc.
pub fn start_time(pid: u32) -> Option<DateTime<Utc>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces and parentheses): state is field 3.
    let (_, rest) = stat.rsplit_once(')')?;
    let ticks: u64 = rest.split_whitespace().nth(19)?.parse().ok()?;
    let boot: i64 = std::fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("btime "))?
        .trim()
        .parse()
        .ok()?;
    let hz = clock_ticks()?;
    DateTime::from_timestamp(boot + i64::try_from(ticks / hz).ok()?, 0)
}

#[cfg(unix)]
fn clock_ticks() -> Option<u64> {
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    u64::try_from(hz).ok().filter(|&h| h > 0)
}

#[cfg(not(unix))]
fn clock_ticks() -> Option<u64> {
    None
}
