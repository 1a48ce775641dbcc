//! The walk of an asset directory, as the CDK does it for both its fingerprint and its staged
//! copy: entries sorted by name in UTF-16 code-unit order, dotfiles included, anything named
//! `.is_custom_resource` left out, and symbolic links in the CDK's default `external` mode (a
//! link to something inside the directory stays a link; a link to something outside is
//! followed, as if its target were at the link's place).

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The name the CDK always leaves out of an asset (a marker of its own custom resources).
const EXCLUDED: &str = ".is_custom_resource";

/// One entry of the walk; `path` is relative to the asset's root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A directory (which adds nothing to the fingerprint).
    Dir { path: PathBuf },
    /// A regular file, read from `real` (a followed link's target, or the file itself).
    File { path: PathBuf, real: PathBuf },
    /// A link left as a link: one to something inside the root (`inside` is then the target's
    /// path relative to the root), or one whose target does not exist.
    Link {
        path: PathBuf,
        text: PathBuf,
        inside: Option<PathBuf>,
    },
}

/// Walks the directory `root` (already canonical), calling `visit` on each entry in order.
pub(crate) fn walk(root: &Path, visit: &mut dyn FnMut(Entry) -> io::Result<()>) -> io::Result<()> {
    let mut walker = Walker {
        root,
        visit,
        ancestors: Vec::new(),
    };
    walker.directory_contents(Path::new(""), root, root.to_owned())
}

struct Walker<'a> {
    root: &'a Path,
    visit: &'a mut dyn FnMut(Entry) -> io::Result<()>,
    /// Directories being walked, by canonical path: a link back to one is not walked again.
    ancestors: Vec<PathBuf>,
}

impl Walker<'_> {
    fn directory_contents(
        &mut self,
        path: &Path,
        real: &Path,
        canonical: PathBuf,
    ) -> io::Result<()> {
        if self.ancestors.contains(&canonical) {
            return Ok(());
        }
        let mut entries: Vec<(OsString, fs::FileType)> = Vec::new();
        for entry in fs::read_dir(real).map_err(|e| with_path(e, real))? {
            let entry = entry.map_err(|e| with_path(e, real))?;
            let kind = entry.file_type().map_err(|e| with_path(e, &entry.path()))?;
            entries.push((entry.file_name(), kind));
        }
        // JavaScript compares strings by UTF-16 code units.
        entries.sort_by(|(a, _), (b, _)| {
            a.to_string_lossy()
                .encode_utf16()
                .cmp(b.to_string_lossy().encode_utf16())
        });
        self.ancestors.push(canonical.clone());
        for (name, kind) in entries {
            let child = path.join(&name);
            let child_real = real.join(&name);
            if kind.is_symlink() {
                self.link(child, &child_real)?;
            } else if kind.is_dir() {
                self.directory(child, &child_real, canonical.join(&name))?;
            } else if kind.is_file() {
                self.file(child, child_real)?;
            }
        }
        self.ancestors.pop();
        Ok(())
    }

    fn directory(&mut self, path: PathBuf, real: &Path, canonical: PathBuf) -> io::Result<()> {
        if excluded(&path) {
            return Ok(());
        }
        (self.visit)(Entry::Dir { path: path.clone() })?;
        self.directory_contents(&path, real, canonical)
    }

    fn file(&mut self, path: PathBuf, real: PathBuf) -> io::Result<()> {
        if excluded(&path) {
            return Ok(());
        }
        (self.visit)(Entry::File { path, real })
    }

    fn link(&mut self, path: PathBuf, real: &Path) -> io::Result<()> {
        let text = fs::read_link(real).map_err(|e| with_path(e, real))?;
        let target = canonical_link_target(&resolve_link_target(real, &text));
        let inside = target.starts_with(self.root);
        // `external` mode: only links that leave the root are followed.
        let followed = if inside {
            None
        } else {
            fs::metadata(&target).ok()
        };
        match followed {
            None if excluded(&path) => Ok(()),
            None => {
                let inside = inside.then(|| relative_to(self.root, &target));
                (self.visit)(Entry::Link { path, text, inside })
            }
            Some(m) if m.is_dir() => {
                let canonical = fs::canonicalize(&target).unwrap_or_else(|_| target.clone());
                self.directory(path, &target, canonical)
            }
            Some(m) if m.is_file() => self.file(path, target),
            Some(_) if excluded(&path) => Ok(()),
            Some(_) => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "{}: an asset can hold files, directories and links, and this is none of them",
                    self.root.join(&path).display()
                ),
            )),
        }
    }
}

fn excluded(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == EXCLUDED)
}

/// The absolute target of a link at `real` whose text is `text`, normalized without resolving
/// links (as Node's `path.resolve`).
fn resolve_link_target(real: &Path, text: &Path) -> PathBuf {
    let joined = if text.is_absolute() {
        text.to_owned()
    } else {
        real.parent().unwrap_or(Path::new("/")).join(text)
    };
    normalize(&joined)
}

/// The target with its directory resolved (links included), its last part as written.
fn canonical_link_target(target: &Path) -> PathBuf {
    let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
        return target.to_owned();
    };
    fs::canonicalize(parent)
        .unwrap_or_else(|_| parent.to_owned())
        .join(name)
}

/// `path` with `.` and `..` parts resolved lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `root`, which it is inside of.
pub(crate) fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_owned()
}

/// The path from directory `from` to `to`, both relative to one root: what a staged copy's
/// link holds to reach the copy of its target.
pub(crate) fn relative_between(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component<'_>> = from.components().collect();
    let to: Vec<Component<'_>> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for part in &to[common..] {
        out.push(part);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// An I/O error that names the path it is about.
pub(crate) fn with_path(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}
