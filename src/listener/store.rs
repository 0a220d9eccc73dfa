//! The durable capture file: one writer thread with group commit.
//!
//! A handler answers 2xx only after its capture line is written, so an acknowledged capture
//! survives the process being killed (the kernel holds written data). With syncing on (the
//! default) handlers hand their line to one writer thread, which takes everything pending,
//! appends it with one `write`, makes it durable with one `fdatasync` and wakes every waiter of
//! that batch (group commit): captures also survive a machine crash, and under load many share
//! one sync. With syncing off each handler appends its own line.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use tokio::sync::{mpsc, oneshot};

type Job = (Vec<u8>, oneshot::Sender<Result<(), String>>);

/// A handle to the capture file; cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    writer: Writer,
}

#[derive(Debug)]
enum Writer {
    /// Syncing: one thread batches lines so many captures share one `fdatasync`.
    GroupCommit(mpsc::UnboundedSender<Job>),
    /// Not syncing: a write to the page cache takes microseconds, so each handler appends its
    /// own line (one `write` on an `O_APPEND` file) without a hop to another thread.
    Direct(std::sync::Mutex<File>),
}

impl Store {
    /// Opens `path` for appending (creating it and its parent directories) and starts the writer.
    pub fn open(path: &Path, sync: bool) -> std::io::Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let mut file = OpenOptions::new().create(true).append(true).read(true).open(path)?;
        // A process killed mid-write can leave a partial last line; start on a fresh line.
        let len = file.metadata()?.len();
        if len > 0 {
            let mut last = [0u8; 1];
            file.seek(SeekFrom::Start(len - 1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                file.write_all(b"\n")?;
                file.sync_data()?;
            }
        }
        let writer = if sync {
            let (tx, rx) = mpsc::unbounded_channel();
            std::thread::Builder::new().name("hookctl-store".into()).spawn(move || writer(file, rx))?;
            Writer::GroupCommit(tx)
        } else {
            Writer::Direct(std::sync::Mutex::new(file))
        };
        Ok(Store { path: path.to_path_buf(), writer })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line and returns once it is written (and synced, when syncing is on).
    pub async fn append(&self, line: Vec<u8>) -> Result<(), String> {
        match &self.writer {
            Writer::GroupCommit(tx) => {
                let (done, wait) = oneshot::channel();
                tx.send((line, done)).map_err(|_| "the capture writer has stopped".to_string())?;
                wait.await.map_err(|_| "the capture writer has stopped".to_string())?
            }
            Writer::Direct(file) => {
                let mut f = file.lock().map_err(|_| "the capture file is unusable".to_string())?;
                f.write_all(&line).map_err(|e| e.to_string())
            }
        }
    }
}

fn writer(mut file: File, mut rx: mpsc::UnboundedReceiver<Job>) {
    let mut buf = Vec::with_capacity(1 << 16);
    let mut batch: Vec<Job> = Vec::new();
    while let Some(first) = rx.blocking_recv() {
        batch.push(first);
        while let Ok(job) = rx.try_recv() {
            batch.push(job);
        }
        buf.clear();
        for (line, _) in &batch {
            buf.extend_from_slice(line);
        }
        let result = file.write_all(&buf).and_then(|()| file.sync_data()).map_err(|e| e.to_string());
        for (_, done) in batch.drain(..) {
            let _ = done.send(result.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn appends_lines_and_repairs_a_partial_tail() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/captures.jsonl");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "{\"partial\"").unwrap();
        let store = std::sync::Arc::new(Store::open(&path, true).unwrap());
        let mut tasks = Vec::new();
        for i in 0..50 {
            let s = store.clone();
            tasks.push(tokio::spawn(async move { s.append(format!("{{\"n\":{i}}}\n").into_bytes()).await }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 51);
        assert!(text.lines().skip(1).all(|l| l.starts_with("{\"n\":")));
    }
}
