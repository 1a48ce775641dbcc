//! The CDK's source fingerprint of a file or a directory: the hash an asset is named and
//! uploaded by (`FileSystem.fingerprint` with the options the CDK's asset staging gives it).
//!
//! A SHA-256 over fields (`0x01 header 0x02 value 0x03`): the options (no extra hash, follow
//! mode `external`), then for each file of the walk `file:<relative path>` with its size and
//! content hash, and for each link left as a link `link:<relative path>` with its target. Text
//! files are hashed with CRLF turned into LF, so that a checkout on Windows names the asset as
//! one on Linux does.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::asset::walk::{Entry, walk, with_path};
use crate::naming::hex;

/// The CDK reads files in chunks of this size, and decides text or binary on the first.
const CHUNK: usize = 8 * 1024;

/// The fingerprint of the file or directory at `path`, as the CDK computes an asset's hash.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("cloudfront-dsl-doc-fingerprint-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("data.txt"), "hello\n")?;
/// assert_eq!(
///     cloudfront_dsl::asset::fingerprint(&dir.join("data.txt"))?,
///     "549b144eccd7807d632712b653e30c42e8747617c2d8d4d083a75a701b0837b9"
/// );
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn fingerprint(path: &Path) -> io::Result<String> {
    let mut hash = Sha256::new();
    field(&mut hash, "options.extra", "");
    field(&mut hash, "options.follow", "external");
    let root = path.canonicalize().map_err(|e| with_path(e, path))?;
    if root.metadata().map_err(|e| with_path(e, &root))?.is_dir() {
        walk(&root, &mut |entry| {
            match entry {
                Entry::File { path, real } => {
                    let content = content_fingerprint(&real)?;
                    field(&mut hash, &format!("file:{}", key(&path)), &content);
                }
                Entry::Link { path, text, inside } => {
                    // An absolute link inside the root is hashed by where it points, so that
                    // moving the directory keeps the hash.
                    let target = match inside {
                        Some(inside) if text.is_absolute() => key(&inside),
                        _ => text.to_string_lossy().into_owned(),
                    };
                    field(&mut hash, &format!("link:{}", key(&path)), &target);
                }
                Entry::Dir { .. } => {}
            }
            Ok(())
        })?;
    } else {
        let content = content_fingerprint(&root)?;
        field(&mut hash, "file:", &content);
    }
    Ok(hex(&hash.finalize()))
}

/// The hash of an asset given a hash of its own (the CDK's `assetHash`, hash type `CUSTOM`).
pub fn custom_hash(asset_hash: &str) -> String {
    hex(&Sha256::digest(asset_hash.as_bytes()))
}

fn field(hash: &mut Sha256, header: &str, value: &str) {
    hash.update([0x01]);
    hash.update(header.as_bytes());
    hash.update([0x02]);
    hash.update(value.as_bytes());
    hash.update([0x03]);
}

/// A relative path as the fingerprint names it: `/`-separated, backslashes included.
fn key(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `<size>:<sha256>` of a file's content, text normalized as the CDK does it.
///
/// The CDK decides text or binary by a zero byte while it has counted nothing yet (the first
/// chunk, or the one after a first chunk held back); a text chunk that ends with CR is held
/// back and joined to the next, so that a CRLF across chunks is normalized too. Text still held
/// back at the end of the file is hashed as it is and not counted in the size (the CDK's quirk:
/// `a\r\nb\r` gives `0:sha256("a\r\nb\r")`).
pub(super) fn content_fingerprint(path: &Path) -> io::Result<String> {
    let mut file = File::open(path).map_err(|e| with_path(e, path))?;
    let mut hash = Sha256::new();
    let mut buffer = vec![0u8; CHUNK];
    let (mut size, mut binary) = (0usize, false);
    let mut held = String::new();
    loop {
        let read = read_chunk(&mut file, &mut buffer).map_err(|e| with_path(e, path))?;
        if read == 0 {
            break;
        }
        let chunk = &buffer[..read];
        if size == 0 {
            binary = chunk.contains(&0);
        }
        if binary {
            size += read;
            hash.update(chunk);
            continue;
        }
        let text = String::from_utf8_lossy(chunk);
        if text.ends_with('\r') {
            held.push_str(&text);
            continue;
        }
        let data = std::mem::take(&mut held) + &text;
        let normalized = data.replace("\r\n", "\n");
        size += normalized.len();
        hash.update(normalized.as_bytes());
    }
    if !held.is_empty() {
        hash.update(held.as_bytes());
    }
    Ok(format!("{size}:{}", hex(&hash.finalize())))
}

/// Fills `buffer` unless the file ends first, as Node's `readSync` does on a regular file.
fn read_chunk(file: &mut File, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}
