//! The bot under soak: the real binary (`RECARGA_SOAK_BIN`, else the test profile's), started
//! and SIGKILLed, with its resident memory sampled every half second.
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::kill_run::{sigkill, spawn};

/// The running process, its restarts, and what its memory did.
pub struct Bot {
    child: Child,
    binary: PathBuf,
    api_url: String,
    db_url: String,
    dir: PathBuf,
    pid: Arc<AtomicU32>,
    /// Resident set size samples: (when, KiB).
    pub rss: Arc<Mutex<Vec<(Instant, u64)>>>,
    /// When each SIGKILL happened.
    pub kills: Vec<Instant>,
}

fn binary() -> PathBuf {
    std::env::var_os("RECARGA_SOAK_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_recarga")),
        PathBuf::from,
    )
}

/// Resident memory of `pid` in KiB, from /proc (Linux).
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

impl Bot {
    pub fn start(api_url: &str, db_url: &str, dir: &Path) -> Bot {
        let binary = binary();
        println!("binary {}", binary.display());
        let child = spawn(&binary, api_url, db_url, dir);
        let pid = Arc::new(AtomicU32::new(child.id()));
        let rss = Arc::new(Mutex::new(Vec::new()));
        let (watched, samples) = (pid.clone(), rss.clone());
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(500)).await;
                if let Some(kib) = rss_kib(watched.load(Ordering::Relaxed)) {
                    samples.lock().unwrap().push((Instant::now(), kib));
                }
            }
        });
        Bot {
            child,
            binary,
            api_url: api_url.to_owned(),
            db_url: db_url.to_owned(),
            dir: dir.to_owned(),
            pid,
            rss,
            kills: Vec::new(),
        }
    }

    /// SIGKILL, then an immediate restart.
    pub fn kill_and_restart(&mut self) {
        sigkill(&mut self.child);
        self.kills.push(Instant::now());
        self.child = spawn(&self.binary, &self.api_url, &self.db_url, &self.dir);
        self.pid.store(self.child.id(), Ordering::Relaxed);
    }

    pub fn stop(mut self) -> (Vec<Instant>, Vec<(Instant, u64)>) {
        sigkill(&mut self.child);
        let rss = self.rss.lock().unwrap().clone();
        (self.kills, rss)
    }
}
