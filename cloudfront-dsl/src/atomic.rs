//! Writing a set of files file by file, where the output directory cannot be switched as a
//! whole (see [`crate::switch`]), and writing single files: every new content goes to a
//! temporary file beside its target first, and only when all of them are on disk are they
//! renamed into place, the cloud assembly manifest last. A failure before the renames replaces
//! nothing; a rename that fails puts back what the earlier renames replaced. A process killed
//! during the renames leaves old and new files side by side until the next write
//! (`scripts/kill-writes` counts how often); the temporary files a killed process left are
//! removed by the next write.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tempfile::{Builder, NamedTempFile, TempDir};

/// A file whose new content is on disk under a temporary name, waiting to be renamed over its
/// target.
pub(crate) struct Staged {
    path: PathBuf,
    temp: NamedTempFile,
    /// What the target held before (`None`: it did not exist), to put back when a later rename
    /// of the set fails.
    old: Option<Vec<u8>>,
}

/// Why a write of a set failed: the file, and the cause in words that say which step failed.
#[derive(Debug)]
pub(crate) struct WriteError {
    pub(crate) path: PathBuf,
    pub(crate) source: io::Error,
}

/// `err` with what was being done when it happened, keeping its kind.
pub(crate) fn context(err: io::Error, doing: impl std::fmt::Display) -> io::Error {
    io::Error::new(err.kind(), format!("{doing}: {err}"))
}

/// The directory `path` is in (`.` for a bare name).
pub(crate) fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The prefix and suffix of temporary names beside `path`: `.<name>.<pid>.<random>.tmp`, hidden, in the
/// same directory (so that a rename moves it into place), with the process id that lets a
/// later write tell a dead process's leftovers from a live writer's.
pub(crate) fn temp_affixes(path: &Path) -> (String, String) {
    (
        format!(".{}.{}.", file_name(path), std::process::id()),
        ".tmp".to_owned(),
    )
}

/// A temporary directory beside `path`, removed when dropped.
pub(crate) fn temp_dir_beside(path: &Path) -> io::Result<TempDir> {
    let (prefix, suffix) = temp_affixes(path);
    Builder::new()
        .prefix(&prefix)
        .suffix(&suffix)
        .tempdir_in(parent(path))
}

/// Writes `contents` to a temporary file beside `path`, unless `path` already holds exactly
/// that (`None`).
pub(crate) fn stage(path: &Path, contents: &[u8]) -> Result<Option<Staged>, WriteError> {
    let fail = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    let old = match fs::read(path) {
        Ok(old) if old == contents => return Ok(None),
        Ok(old) => Some(old),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        // A directory or unreadable file at the target: the rename would fail too, so say
        // so now, before anything is replaced.
        Err(e) => return Err(fail(context(e, "cannot read it to compare"))),
    };
    let dir = parent(path);
    fs::create_dir_all(dir)
        .map_err(|e| fail(context(e, format!("cannot create {}", dir.display()))))?;
    let (prefix, suffix) = temp_affixes(path);
    let mut temp = Builder::new()
        .prefix(&prefix)
        .suffix(&suffix)
        .tempfile_in(dir)
        .map_err(|e| {
            fail(context(
                e,
                format!("cannot create a temporary file in {}", dir.display()),
            ))
        })?;
    temp.write_all(contents)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| {
            fail(context(
                e,
                format!("cannot write {}", temp.path().display()),
            ))
        })?;
    Ok(Some(Staged {
        path: path.to_owned(),
        temp,
        old,
    }))
}

/// Renames every staged file over its target, in order; when one fails, puts back what the
/// renames before it replaced, and fails naming that file.
pub(crate) fn commit(staged: Vec<Staged>) -> Result<Vec<PathBuf>, WriteError> {
    let mut done: Vec<(PathBuf, Option<Vec<u8>>)> = Vec::new();
    for Staged { path, temp, old } in staged {
        let shown = temp.path().display().to_string();
        match temp.persist(&path) {
            Ok(_) => done.push((path, old)),
            Err(e) => {
                let mut source = context(e.error, format!("cannot rename {shown} to it"));
                for (path, old) in done.into_iter().rev() {
                    if let Err(undo) = restore(&path, old.as_deref()) {
                        source = context(
                            source,
                            format!("and {} could not be put back ({undo})", path.display()),
                        );
                    }
                }
                return Err(WriteError { path, source });
            }
        }
    }
    Ok(done.into_iter().map(|(p, _)| p).collect())
}

/// Puts back what `path` held (or removes it, when it did not exist).
fn restore(path: &Path, old: Option<&[u8]>) -> io::Result<()> {
    match old {
        None => fs::remove_file(path),
        Some(old) => match stage(path, old) {
            Ok(Some(s)) => s.temp.persist(path).map(|_| ()).map_err(|e| e.error),
            Ok(None) => Ok(()),
            Err(e) => Err(e.source),
        },
    }
}

/// How old a temporary file must be to count as a leftover where the system cannot say
/// whether the process that made it still runs.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// Removes, from `dir`, the temporary files and directories of the names `ours` accepts that a
/// process no longer running left behind (a write killed halfway); returns what it removed.
pub(crate) fn remove_stale_temps(
    dir: &Path,
    ours: impl Fn(&str) -> bool,
) -> io::Result<Vec<PathBuf>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut removed = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((target, pid)) = temp_parts(&name) else {
            continue;
        };
        if !ours(target) || process_may_run(pid, &entry.path()) {
            continue;
        }
        let path = entry.path();
        let gone = if entry.file_type()?.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        match gone {
            Ok(()) => removed.push(path),
            // Another writer cleaned it first.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(context(e, format!("cannot remove {}", path.display()))),
        }
    }
    removed.sort();
    Ok(removed)
}

/// The target name and process id of a temporary name `.<name>.<pid>.<unique>.tmp`.
fn temp_parts(name: &str) -> Option<(&str, u32)> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (rest, _unique) = inner.rsplit_once('.')?;
    let (target, pid) = rest.rsplit_once('.')?;
    Some((target, pid.parse().ok()?))
}

/// Whether the process `pid` may still be writing `path`: this process, a process the system
/// lists, or (where it lists none) a recent file.
fn process_may_run(pid: u32, path: &Path) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_none_or(|age| age < STALE_AFTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// When a rename of the set fails, the files renamed before it get their old content back
    /// (or go, when they were new).
    #[test]
    fn a_failed_rename_puts_back_the_set() {
        let dir =
            std::env::temp_dir().join(format!("cloudfront-dsl-commit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let (old, new, last) = (
            dir.join("old.json"),
            dir.join("new.json"),
            dir.join("last.json"),
        );
        fs::write(&old, "before").unwrap();
        let staged: Vec<Staged> = [(&old, "after"), (&new, "fresh"), (&last, "last")]
            .into_iter()
            .map(|(p, c)| stage(p, c.as_bytes()).unwrap().unwrap())
            .collect();
        // Between staging and renaming, something that is not a file takes the last name.
        fs::create_dir_all(last.join("planted")).unwrap();
        let err = commit(staged).unwrap_err();
        assert_eq!(err.path, last);
        assert!(
            err.source.to_string().starts_with("cannot rename "),
            "{}",
            err.source
        );
        assert_eq!(fs::read_to_string(&old).unwrap(), "before");
        assert!(!new.exists());
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names.len(),
            2,
            "the old file and the planted directory: {names:?}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporary_names_are_parsed() {
        assert_eq!(
            temp_parts(".A.template.json.123.x1Y2z3.tmp"),
            Some(("A.template.json", 123))
        );
        // The names of earlier versions: a counter where the random part is now.
        assert_eq!(
            temp_parts(".manifest.json.77.0.tmp"),
            Some(("manifest.json", 77))
        );
        assert_eq!(temp_parts("A.template.json"), None);
        assert_eq!(temp_parts(".A.template.json.tmp"), None);
    }
}
