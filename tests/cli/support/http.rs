//! One scripted HTTP server for every test that needs a fake API or a webhook receiver: it
//! records each request and answers from a script of [`Reply`]s (the last one repeats).
//! Plain blocking sockets and `Connection: close`, independent of hookctl's code.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

/// One answer: status, headers, body, an optional delay before it, and how it ends.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Duration,
    pub end: End,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum End {
    /// The whole answer.
    Full,
    /// The head (with the full Content-Length) and only this many body bytes, then close.
    Truncate(usize),
    /// Close the connection without answering.
    Close,
}

impl Reply {
    /// 200 with the body `ok`.
    pub fn ok() -> Reply {
        Reply::status(200, "ok")
    }

    pub fn status(status: u16, body: &str) -> Reply {
        Reply {
            status,
            headers: vec![],
            body: body.as_bytes().to_vec(),
            delay: Duration::ZERO,
            end: End::Full,
        }
    }

    /// 200 with a JSON body and `Content-Type: application/json` (a GraphQL answer).
    pub fn json(body: Value) -> Reply {
        Reply::status(200, &body.to_string()).header("Content-Type", "application/json")
    }

    /// Drops the connection without an answer.
    pub fn close() -> Reply {
        Reply { end: End::Close, ..Reply::ok() }
    }

    /// Accepts the request and answers nothing for a minute (longer than any test's timeout).
    pub fn hang() -> Reply {
        Reply::close().delay(Duration::from_secs(60))
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn delay(mut self, d: Duration) -> Reply {
        self.delay = d;
        self
    }

    /// Sends only the first `n` bytes of the body.
    pub fn truncate(mut self, n: usize) -> Reply {
        self.end = End::Truncate(n);
        self
    }
}

/// One received request.
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
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`Null` when it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    /// A GraphQL request's query, whitespace collapsed.
    pub fn query(&self) -> String {
        let v = self.json();
        v["query"].as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A scripted server on a free loopback port.
pub struct Scripted {
    /// `http://127.0.0.1:PORT/graphql` or `…/hooks` (the path is only a label: any path answers).
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Scripted {
    /// A fake GraphQL API at `/graphql`.
    pub fn api(script: Vec<Reply>) -> Scripted {
        Self::start("/graphql", script)
    }

    /// A webhook receiver at `/hooks`.
    pub fn receiver(script: Vec<Reply>) -> Scripted {
        Self::start("/hooks", script)
    }

    /// Answers each request with the next reply of the script; the last one repeats.
    pub fn start(path: &str, script: Vec<Reply>) -> Scripted {
        assert!(!script.is_empty(), "a script needs at least one reply");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}{path}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        let script = Arc::new(Mutex::new((script, 0usize)));
        std::thread::spawn(move || {
            for stream in listener.incoming().map_while(Result::ok) {
                let (recorded, script) = (recorded.clone(), script.clone());
                std::thread::spawn(move || handle(stream, recorded, script));
            }
        });
        Scripted { url, requests }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

type Script = Arc<Mutex<(Vec<Reply>, usize)>>;

fn handle(stream: TcpStream, recorded: Arc<Mutex<Vec<Recorded>>>, script: Script) {
    let Some(request) = read_request(&stream) else { return };
    recorded.lock().unwrap().push(request);
    let reply = {
        let mut s = script.lock().unwrap();
        let i = s.1.min(s.0.len() - 1);
        s.1 += 1;
        s.0[i].clone()
    };
    respond(stream, reply);
}

fn read_request(stream: &TcpStream) -> Option<Recorded> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return None;
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
    Some(Recorded { method, path, headers, body })
}

fn respond(mut stream: TcpStream, reply: Reply) {
    std::thread::sleep(reply.delay);
    let body = match reply.end {
        End::Close => {
            let _ = stream.shutdown(std::net::Shutdown::Both);
            return;
        }
        End::Full => &reply.body[..],
        End::Truncate(n) => &reply.body[..n.min(reply.body.len())],
    };
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}
