//! A static server for `dist/` that sends the same headers a deployment should.

use std::net::SocketAddr;

use anyhow::{Context, Result};
use axum::http::{header, HeaderName, HeaderValue};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::build::CSP;
use crate::root;

fn app(dir: std::path::PathBuf) -> Router {
    let h = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    Router::new()
        .fallback_service(ServeDir::new(dir))
        .layer(h(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(h(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(h(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
        .layer(h(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .layer(h(header::CACHE_CONTROL, "no-cache"))
        // Static hosts and CDNs compress; so does this server, so measurements match them.
        .layer(CompressionLayer::new().gzip(true))
}

/// Serves until interrupted.
pub fn serve_forever(port: u16) -> Result<()> {
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async move {
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr} (is another server running?)"))?;
        println!("\nServing dist/ on http://{addr}/  (Ctrl-C to stop)");
        axum::serve(listener, app(root().join("dist"))).await?;
        Ok(())
    })
}

/// Serves `dir` on a free loopback port from a background thread; returns its base URL.
pub fn spawn(dir: std::path::PathBuf) -> Result<String> {
    spawn_on(dir, 0)
}

/// Serves `dir` on loopback port `port` (0: any free one) from a background thread; returns
/// its base URL.
pub fn spawn_on(dir: std::path::PathBuf, port: u16) -> Result<String> {
    let std_listener = std::net::TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("port {port} is taken"))?;
    std_listener.set_nonblocking(true)?;
    let addr = std_listener.local_addr()?;
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
        rt.block_on(async move {
            let listener =
                tokio::net::TcpListener::from_std(std_listener).expect("listener into tokio");
            axum::serve(listener, app(dir)).await.expect("server runs");
        });
    });
    Ok(format!("http://{addr}"))
}
