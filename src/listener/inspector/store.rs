//! The inspector's memory: the last `keep` deliveries, newest last, with what the forwarded app
//! answered, and a broadcast of changes for the event stream.
//!
//! `push` runs on the listener's hot path, so it only takes a short lock, bumps a counter and
//! sends an `Arc`; everything shown (verdicts, JSON) is computed when a page asks for it.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::broadcast;

use crate::listener::Capture;

/// What the forward target answered (or why it could not).
#[derive(Debug, Clone, Default)]
pub struct Forwarded {
    pub url: String,
    pub status: Option<u16>,
    pub headers: Vec<(String, String)>,
    pub body: axum::body::Bytes,
    pub duration: Duration,
    pub error: Option<String>,
}

/// One delivery as the inspector keeps it.
#[derive(Debug)]
pub struct Entry {
    /// 1, 2, … in arrival order; never reused, not even after `clear`.
    pub id: u64,
    pub capture: Arc<Capture>,
    pub forwarded: Option<Forwarded>,
    /// Another delivery still in memory had the same `X-Scope-Webhook-Job-Id` before this one.
    pub duplicate: bool,
}

/// A change the event stream reports.
#[derive(Debug, Clone)]
pub enum Change {
    Added(Arc<Entry>),
    Cleared,
}

struct Inner {
    entries: VecDeque<Arc<Entry>>,
    next_id: u64,
    /// Job id → how many kept entries carry it.
    jobs: HashMap<String, u32>,
}

/// Shared between the listener (which pushes) and the inspector server (which reads).
pub struct Store {
    keep: usize,
    inner: Mutex<Inner>,
    tx: broadcast::Sender<Change>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("inspector::Store").field("keep", &self.keep).finish_non_exhaustive()
    }
}

impl Store {
    pub fn new(keep: usize) -> Store {
        let (tx, _) = broadcast::channel(1024);
        Store {
            keep: keep.max(1),
            inner: Mutex::new(Inner { entries: VecDeque::new(), next_id: 1, jobs: HashMap::new() }),
            tx,
        }
    }

    /// Keeps a delivery (dropping the oldest beyond `keep`) and tells the event stream.
    pub fn push(&self, capture: Arc<Capture>, forwarded: Option<Forwarded>) {
        let job = capture.header("x-scope-webhook-job-id").map(str::to_string);
        let entry = {
            let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            let duplicate = match &job {
                Some(j) => {
                    let n = inner.jobs.entry(j.clone()).or_default();
                    *n += 1;
                    *n > 1
                }
                None => false,
            };
            let entry = Arc::new(Entry { id: inner.next_id, capture, forwarded, duplicate });
            inner.next_id += 1;
            inner.entries.push_back(entry.clone());
            while inner.entries.len() > self.keep {
                if let Some(old) = inner.entries.pop_front() {
                    forget_job(&mut inner.jobs, &old);
                }
            }
            entry
        };
        let _ = self.tx.send(Change::Added(entry));
    }

    /// Every kept entry, oldest first (a snapshot: cheap `Arc` clones).
    pub fn snapshot(&self) -> Vec<Arc<Entry>> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).entries.iter().cloned().collect()
    }

    pub fn get(&self, id: u64) -> Option<Arc<Entry>> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        // Ids grow by one, so the position is a subtraction away (unless evicted or cleared).
        let first = inner.entries.front()?.id;
        let e = inner.entries.get(id.checked_sub(first)? as usize)?;
        (e.id == id).then(|| e.clone())
    }

    pub fn clear(&self) {
        {
            let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            inner.entries.clear();
            inner.jobs.clear();
        }
        let _ = self.tx.send(Change::Cleared);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.tx.subscribe()
    }

    pub fn keep(&self) -> usize {
        self.keep
    }

    /// Loads what a `--save` file already holds (its last `keep` records); returns how many
    /// lines could not be read as captures.
    pub fn load(&self, path: &std::path::Path) -> std::io::Result<usize> {
        use std::io::BufRead;
        let file = std::fs::File::open(path)?;
        let mut bad = 0;
        let mut lines = VecDeque::new();
        for line in std::io::BufReader::new(file).lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            lines.push_back(line);
            if lines.len() > self.keep {
                lines.pop_front();
            }
        }
        for line in lines {
            match serde_json::from_str::<Capture>(&line) {
                Ok(c) => self.push(Arc::new(c), None),
                Err(_) => bad += 1,
            }
        }
        Ok(bad)
    }
}

fn forget_job(jobs: &mut HashMap<String, u32>, old: &Entry) {
    if let Some(j) = old.capture.header("x-scope-webhook-job-id")
        && let Some(n) = jobs.get_mut(j)
    {
        *n -= 1;
        if *n == 0 {
            jobs.remove(j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listener::Headers;

    fn cap(job: &str) -> Arc<Capture> {
        let mut h = Headers::new();
        h.append("X-Scope-Webhook-Job-Id", job);
        Arc::new(Capture::new("POST", "/", h, b"{}"))
    }

    #[test]
    fn keeps_the_last_n_and_flags_repeated_jobs() {
        let s = Store::new(2);
        s.push(cap("a"), None);
        s.push(cap("a"), None);
        s.push(cap("b"), None);
        let ids: Vec<_> = s.snapshot().iter().map(|e| (e.id, e.duplicate)).collect();
        assert_eq!(ids, [(2, true), (3, false)]);
        assert!(s.get(1).is_none() && s.get(3).is_some() && s.get(9).is_none());
        s.push(cap("a"), None); // the first "a" is gone, the second still kept
        assert!(s.get(4).unwrap().duplicate);
        s.clear();
        assert!(s.snapshot().is_empty() && s.get(4).is_none());
        s.push(cap("a"), None);
        assert_eq!((s.get(5).unwrap().id, s.get(5).unwrap().duplicate), (5, false));
    }
}
