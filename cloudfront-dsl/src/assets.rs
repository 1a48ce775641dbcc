//! Assets in the cloud assembly, as the CDK stages them: each asset copied next to the
//! templates (`asset.<hash>/` for a directory, `asset.<hash><ext>` for a file) and listed in its
//! stack's asset manifest (`<Stack>.assets.json`), which `cdk deploy --app DIR` and the CDK's
//! asset publishers read to upload it.

use std::fs;
use std::io;
use std::path::Path;

use cloudfront_model::Stack;
use cloudfront_model::asset::{FileAsset, Packaging, StagedEntry};
use serde_json::json;

use crate::atomic::{parent, temp_dir_beside};

/// The asset manifest's file name for the stack `stack_name`.
pub(crate) fn manifest_file(stack_name: &str) -> String {
    format!("{stack_name}.assets.json")
}

/// The asset manifest of `stack`, when it has assets: for each, its staged copy, its packaging
/// and where the publisher uploads it.
pub(crate) fn manifest(stack: &Stack, version: &str) -> Option<String> {
    if stack.file_assets().is_empty() {
        return None;
    }
    let mut files = serde_json::Map::new();
    for asset in stack.file_assets() {
        let destination = asset.destination(stack.env());
        let mut entry = serde_json::Map::new();
        if let Some(name) = asset.display_name() {
            entry.insert("displayName".into(), json!(name));
        }
        entry.insert(
            "source".into(),
            json!({ "path": asset.staged_name(), "packaging": asset.packaging().manifest_name() }),
        );
        entry.insert(
            "destinations".into(),
            json!({ destination.id.clone(): destination }),
        );
        files.insert(asset.hash().to_owned(), entry.into());
    }
    let manifest = json!({ "version": version, "files": files, "dockerImages": {} });
    Some(crate::output::sorted_json(manifest))
}

/// Whether the staged copy at `path` holds what staging `asset` gives; the first difference
/// otherwise.
pub(crate) fn compare(path: &Path, asset: &FileAsset) -> io::Result<Option<String>> {
    let exists = fs::symlink_metadata(path).is_ok();
    if !exists {
        return Ok(Some("the asset is not staged".into()));
    }
    if asset.packaging() == Packaging::File {
        let same = fs::read(path).ok() == Some(fs::read(asset.source())?);
        return Ok((!same).then(|| "the staged copy differs from the asset's file".into()));
    }
    let expected = asset.staged_entries()?;
    let found = match read_staged(path) {
        Ok(found) => found,
        Err(_) => return Ok(Some("the staged copy is not a directory".into())),
    };
    for (want, have) in expected.iter().zip(&found) {
        if let Some(difference) = difference(want, have)? {
            return Ok(Some(difference));
        }
    }
    Ok(match expected.len().cmp(&found.len()) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!(
            "`{}` is missing from the staged copy",
            entry_path(&expected[found.len()]).display()
        )),
        std::cmp::Ordering::Less => Some(format!(
            "`{}` is in the staged copy, not in the asset",
            entry_path(&found[expected.len()]).display()
        )),
    })
}

fn difference(want: &StagedEntry, have: &StagedEntry) -> io::Result<Option<String>> {
    let path = entry_path(want);
    if path != entry_path(have) {
        return Ok(Some(format!(
            "the staged copy has `{}` where the asset has `{}`",
            entry_path(have).display(),
            path.display()
        )));
    }
    let same = match (want, have) {
        (StagedEntry::Dir(_), StagedEntry::Dir(_)) => true,
        (StagedEntry::File { source, .. }, StagedEntry::File { source: staged, .. }) => {
            fs::read(source)? == fs::read(staged)?
        }
        (StagedEntry::Link { target, .. }, StagedEntry::Link { target: staged, .. }) => {
            target == staged
        }
        _ => false,
    };
    Ok((!same).then(|| format!("`{}` differs from the asset's", path.display())))
}

fn entry_path(entry: &StagedEntry) -> &Path {
    match entry {
        StagedEntry::Dir(path)
        | StagedEntry::File { path, .. }
        | StagedEntry::Link { path, .. } => path,
    }
}

/// What a staged directory holds, in the order `FileAsset::staged_entries` lists it.
fn read_staged(root: &Path) -> io::Result<Vec<StagedEntry>> {
    let mut out = Vec::new();
    read_into(root, Path::new(""), &mut out)?;
    Ok(out)
}

fn read_into(root: &Path, dir: &Path, out: &mut Vec<StagedEntry>) -> io::Result<()> {
    let mut names: Vec<_> = fs::read_dir(root.join(dir))?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<io::Result<_>>()?;
    // The order of the asset's walk: JavaScript's, by UTF-16 code units.
    names.sort_by(|a, b| {
        a.to_string_lossy()
            .encode_utf16()
            .cmp(b.to_string_lossy().encode_utf16())
    });
    for name in names {
        let path = dir.join(&name);
        let real = root.join(&path);
        let kind = fs::symlink_metadata(&real)?.file_type();
        if kind.is_symlink() {
            let target = fs::read_link(&real)?;
            out.push(StagedEntry::Link { path, target });
        } else if kind.is_dir() {
            out.push(StagedEntry::Dir(path.clone()));
            read_into(root, &path, out)?;
        } else {
            out.push(StagedEntry::File { path, source: real });
        }
    }
    Ok(())
}

/// Stages `asset` at `path` unless a copy identical to it is there; returns whether it wrote.
/// The copy is made in a temporary directory beside `path` and renamed into place, so a reader
/// never sees half of it; the temporary directory (with whatever it replaced) goes when this
/// returns, and a killed run's is removed by the next write.
pub(crate) fn stage(path: &Path, asset: &FileAsset) -> io::Result<bool> {
    if compare(path, asset)?.is_none() {
        return Ok(false);
    }
    fs::create_dir_all(parent(path))?;
    let scratch = temp_dir_beside(path)?;
    let copy = scratch.path().join("new");
    match asset.packaging() {
        Packaging::File => fs::copy(asset.source(), &copy).map(|_| ())?,
        Packaging::ZipDirectory => copy_entries(&copy, &asset.staged_entries()?)?,
    }
    replace(&copy, path, &scratch.path().join("old"))?;
    Ok(true)
}

fn copy_entries(root: &Path, entries: &[StagedEntry]) -> io::Result<()> {
    fs::create_dir(root)?;
    for entry in entries {
        match entry {
            StagedEntry::Dir(path) => fs::create_dir_all(root.join(path))?,
            StagedEntry::File { path, source } => {
                fs::copy(source, root.join(path))?;
            }
            StagedEntry::Link { path, target } => symlink(target, &root.join(path))?,
        }
    }
    Ok(())
}

#[cfg(unix)]
fn symlink(target: &Path, at: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, at)
}

#[cfg(not(unix))]
fn symlink(target: &Path, at: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        format!(
            "{}: staging a link to {} needs a Unix file system",
            at.display(),
            target.display()
        ),
    ))
}

/// Puts `new` at `path`, moving a stale copy out of the way (to `old`) first.
fn replace(new: &Path, path: &Path, old: &Path) -> io::Result<()> {
    if fs::symlink_metadata(path).is_err() {
        return fs::rename(new, path);
    }
    fs::rename(path, old)?;
    let moved = fs::rename(new, path);
    if moved.is_err() {
        let _ = fs::rename(old, path);
    }
    moved
}

/// Removes a staged copy, file or directory.
pub(crate) fn remove(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}
