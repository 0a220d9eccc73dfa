//! A scripted HTTP receiver for tests: records every request and answers from a script
//! (status, headers, body, delay, or dropping the connection). Independent of hookctl's code.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Lower-case names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == &name.to_ascii_lowercase()).map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub enum Reply {
    Status { status: u16, headers: Vec<(String, String)>, body: String },
    Delay(Duration, Box<Reply>),
    Drop,
}

impl Reply {
    pub fn ok() -> Reply {
        Reply::status(200, "ok")
    }
    pub fn status(status: u16, body: &str) -> Reply {
        Reply::Status { status, headers: vec![], body: body.to_string() }
    }
    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Status { status, mut headers, body } => {
                headers.push((name.into(), value.into()));
                Reply::Status { status, headers, body }
            }
            other => other,
        }
    }
}

pub struct Receiver {
    pub url: String,
    pub requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Receiver {
    /// Answers each request with the next reply of the script; the last one repeats.
    pub fn start(script: Vec<Reply>) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        let script = Arc::new(Mutex::new((script, 0usize)));
        std::thread::spawn(move || {
            for stream in listener.incoming().map_while(Result::ok) {
                let (recorded, script) = (recorded.clone(), script.clone());
                std::thread::spawn(move || handle(stream, recorded, script));
            }
        });
        Receiver { url, requests }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

fn handle(stream: TcpStream, recorded: Arc<Mutex<Vec<Recorded>>>, script: Arc<Mutex<(Vec<Reply>, usize)>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let len: usize =
        headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0; len];
    let _ = reader.read_exact(&mut body);
    recorded.lock().unwrap().push(Recorded { method, path, headers, body });
    let reply = {
        let mut s = script.lock().unwrap();
        let i = s.1.min(s.0.len() - 1);
        s.1 += 1;
        s.0[i].clone()
    };
    respond(stream, reply);
}

fn respond(mut stream: TcpStream, reply: Reply) {
    match reply {
        Reply::Drop => {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
        Reply::Delay(d, inner) => {
            std::thread::sleep(d);
            respond(stream, *inner);
        }
        Reply::Status { status, headers, body } => {
            let mut out =
                format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
            for (k, v) in headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str("\r\n");
            out.push_str(&body);
            let _ = stream.write_all(out.as_bytes());
        }
    }
}
