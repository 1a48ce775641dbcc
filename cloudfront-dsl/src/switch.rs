//! Writing a stack set by switching directories: the whole new set is laid out in a hidden
//! sibling of the output directory (`.<dir>.<pid>.<random>.tmp`), files this write does not
//! own hard-linked into it, unchanged files hard-linked too (so their inodes and mtimes stay),
//! and the two directories are then exchanged in one system call (`renameat2(RENAME_EXCHANGE)`
//! on Linux, `renameatx_np(RENAME_SWAP)` on macOS). A reader that opens the directory sees the
//! old set or the new one, never a mix, whenever the writer is killed. The old directory, now
//! under the hidden name, goes at the end; a killed writer's is removed by the next write.
//!
//! Where the switch cannot keep what the directory is (a symbolic link, the current directory
//! or one above it, another owner or group, a file system without hard links or the exchange,
//! a mount point), [`write`] returns `Ok(None)` and the caller writes file by file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use cloudfront_model::asset::FileAsset;

use crate::assets;
use crate::atomic::{WriteError, context, remove_stale_temps};

/// What a switched write did.
pub(crate) struct Report {
    pub(crate) written: Vec<PathBuf>,
    pub(crate) unchanged: Vec<PathBuf>,
}

/// The generated set: its files, its staged assets, and the generated files of the directory
/// that no stack makes any more (left out of the new directory).
pub(crate) struct Set<'a> {
    pub(crate) files: &'a [(PathBuf, String)],
    pub(crate) assets: &'a [(PathBuf, &'a FileAsset)],
    pub(crate) obsolete: &'a [PathBuf],
}

impl Set<'_> {
    /// Whether `name` (an entry of the directory) is this write's to replace or to leave out.
    fn owns(&self, name: &std::ffi::OsStr) -> bool {
        let named = |p: &PathBuf| p.file_name() == Some(name);
        self.files.iter().any(|(p, _)| named(p))
            || self.assets.iter().any(|(p, _)| named(p))
            || self.obsolete.iter().any(named)
    }
}

/// Where a test stops a write, as a kill at that moment would.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Step {
    /// The new set is complete beside the old one, not yet switched in.
    Staged,
    /// The directories are exchanged; the old one is not removed yet.
    Switched,
}

#[cfg(test)]
thread_local! {
    pub(crate) static STOP_AT: std::cell::Cell<Option<Step>> = const { std::cell::Cell::new(None) };
}

/// In a test that stops the write at `step`: leaves `staging` where it is and fails.
fn stop_at(
    step: Step,
    staging: &mut Option<tempfile::TempDir>,
    dir: &Path,
) -> Result<(), WriteError> {
    #[cfg(test)]
    if STOP_AT.with(|s| s.get()) == Some(step) {
        if let Some(staging) = staging.take() {
            let _ = staging.keep();
        }
        return Err(WriteError {
            path: dir.to_owned(),
            source: io::Error::other(format!("stopped at {step:?} by the test")),
        });
    }
    let _ = (step, staging, dir);
    Ok(())
}

/// Writes `set` into `dir` by switching directories; `Ok(None)` when this system or this
/// directory cannot be switched, before anything in `dir` changed.
pub(crate) fn write(dir: &Path, set: &Set<'_>) -> Result<Option<Report>, WriteError> {
    let fail = |path: &Path| {
        let path = path.to_owned();
        move |source| WriteError { path, source }
    };
    if !cfg!(any(
        target_os = "linux",
        target_os = "android",
        target_vendor = "apple"
    )) {
        return Ok(None);
    }
    let Some(name) = dir.file_name().map(|n| n.to_owned()) else {
        return Ok(None);
    };
    match fs::symlink_metadata(dir) {
        Ok(m) if m.is_dir() => {}
        // A link is the user's to keep; a file there fails in the file-by-file write, naming it.
        Ok(_) => return Ok(None),
        Err(e) if e.kind() == io::ErrorKind::NotFound => fs::create_dir_all(dir)
            .map_err(|e| fail(dir)(context(e, "cannot create the directory")))?,
        Err(e) => return Err(fail(dir)(context(e, "cannot read the directory"))),
    }
    let real = fs::canonicalize(dir).map_err(|e| fail(dir)(context(e, "cannot resolve it")))?;
    let Some(above) = real.parent() else {
        return Ok(None);
    };
    // A process whose current directory is inside would stay in the old one.
    if std::env::current_dir()
        .and_then(fs::canonicalize)
        .is_ok_and(|cwd| cwd.starts_with(&real))
    {
        return Ok(None);
    }

    let mut written = Vec::new();
    let mut unchanged = Vec::new();
    let mut new_files = Vec::new();
    for (path, asset) in set.assets {
        let same = assets::compare(path, asset)
            .map_err(|e| fail(path)(context(e, "cannot compare the staged copy")))?
            .is_none();
        (if same { &mut unchanged } else { &mut written }).push(path.clone());
    }
    for (path, contents) in set.files {
        let same = match fs::read(path) {
            Ok(old) => old == contents.as_bytes(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => false,
            Err(e) => return Err(fail(path)(context(e, "cannot read it to compare"))),
        };
        if same {
            unchanged.push(path.clone());
        } else {
            written.push(path.clone());
            new_files.push(path);
        }
    }
    if written.is_empty() && set.obsolete.is_empty() {
        return Ok(Some(Report { written, unchanged }));
    }

    // What killed writers of this directory left beside it.
    let name_str = name.to_string_lossy().into_owned();
    remove_stale_temps(above, |target| target == name_str).map_err(fail(above))?;
    let Ok(staging) = tempfile::Builder::new()
        .prefix(&format!(".{name_str}.{}.", std::process::id()))
        .suffix(".tmp")
        .tempdir_in(above)
    else {
        // The directory above is not ours to write in.
        return Ok(None);
    };
    let new_dir = staging.path().to_owned();
    if !same_owner(&real, &new_dir)
        .and_then(|same| {
            fs::set_permissions(&new_dir, fs::metadata(&real)?.permissions()).map(|()| same)
        })
        .unwrap_or(false)
    {
        return Ok(None);
    }
    for entry in fs::read_dir(&real).map_err(|e| fail(dir)(context(e, "cannot list it")))? {
        let entry = entry.map_err(|e| fail(dir)(context(e, "cannot list it")))?;
        let entry_name = entry.file_name();
        if set.owns(&entry_name) && !unchanged.iter().any(|p| p.file_name() == Some(&entry_name)) {
            continue;
        }
        // Another tool's file (or an unchanged one of ours) goes over as the same inode.
        if link_tree(&entry.path(), &new_dir.join(&entry_name)).is_err() {
            return Ok(None);
        }
    }
    for (path, asset) in set.assets {
        if written.contains(path) {
            let at = new_dir.join(path.file_name().unwrap_or_default());
            assets::stage(&at, asset).map_err(|e| {
                fail(path)(context(
                    e,
                    format!("cannot stage it in {}", new_dir.display()),
                ))
            })?;
        }
    }
    for (path, contents) in set.files {
        if new_files.contains(&path) {
            let at = new_dir.join(path.file_name().unwrap_or_default());
            write_synced(&at, contents.as_bytes())
                .map_err(|e| fail(path)(context(e, format!("cannot write {}", at.display()))))?;
        }
    }
    sync_dir(&new_dir)
        .map_err(|e| fail(dir)(context(e, format!("cannot sync {}", new_dir.display()))))?;

    let mut staging = Some(staging);
    stop_at(Step::Staged, &mut staging, dir)?;
    match exchange(&new_dir, &real) {
        Exchange::Done => {}
        Exchange::NotHere => return Ok(None),
        Exchange::Failed(e) => {
            return Err(fail(dir)(context(
                e,
                format!("cannot switch {} in for it", new_dir.display()),
            )));
        }
    }
    stop_at(Step::Switched, &mut staging, dir)?;

    // `new_dir` now holds the old set. Files another tool added or replaced in the old
    // directory while this one was staged move over, so that removing it loses nothing.
    let old_dir = new_dir;
    let moved = carry_over(&old_dir, &real, set);
    if let Err(e) = moved {
        // The old directory keeps what could not be moved.
        if let Some(staging) = staging.take() {
            let _ = staging.keep();
        }
        return Err(fail(dir)(context(
            e,
            format!(
                "the new set is in place, but {} (the previous directory) holds a file that \
                 could not be moved back",
                old_dir.display()
            ),
        )));
    }
    // Removing the old set may fail halfway (a file another process holds open on some
    // systems); the next write removes what is left.
    drop(staging);
    let _ = sync_dir(above);
    Ok(Some(Report { written, unchanged }))
}

/// Moves from `old` to `new` the entries that are not the set's and that `new` lacks or has as
/// another file.
fn carry_over(old: &Path, new: &Path, set: &Set<'_>) -> io::Result<()> {
    for entry in fs::read_dir(old)? {
        let entry = entry?;
        let entry_name = entry.file_name();
        if set.owns(&entry_name) {
            continue;
        }
        let there = new.join(&entry_name);
        let move_it = match fs::symlink_metadata(&there) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => true,
            Err(e) => return Err(e),
            Ok(m) => !m.is_dir() && !same_file(&entry.metadata()?, &m),
        };
        if move_it {
            fs::rename(entry.path(), &there)
                .map_err(|e| context(e, format!("cannot move {}", entry.path().display())))?;
        }
    }
    Ok(())
}

/// Puts at `to` what is at `from`: the same inode for a file, a copy of a link, a directory of
/// the same mode with its entries linked alike.
fn link_tree(from: &Path, to: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(from)?;
    let kind = meta.file_type();
    if kind.is_symlink() {
        symlink(&fs::read_link(from)?, to)
    } else if kind.is_dir() {
        fs::create_dir(to)?;
        for entry in fs::read_dir(from)? {
            let entry = entry?;
            link_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        fs::set_permissions(to, meta.permissions())
    } else if kind.is_file() {
        fs::hard_link(from, to)
    } else {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "neither a file, a directory nor a link",
        ))
    }
}

fn write_synced(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut file = fs::File::create_new(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

/// Makes the entries of `dir` durable (a no-op where directories cannot be opened).
fn sync_dir(dir: &Path) -> io::Result<()> {
    match fs::File::open(dir) {
        Ok(d) => d.sync_all(),
        Err(_) => Ok(()),
    }
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// Whether a directory made by this process at `made` has the owner and group of `dir`, so
/// that switching does not change who may write it.
#[cfg(unix)]
fn same_owner(dir: &Path, made: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let (a, b) = (fs::metadata(dir)?, fs::metadata(made)?);
    Ok((a.uid(), a.gid()) == (b.uid(), b.gid()))
}

#[cfg(not(unix))]
fn same_owner(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

#[cfg(unix)]
fn symlink(target: &Path, at: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, at)
}

#[cfg(not(unix))]
fn symlink(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// How an exchange of two directories went.
enum Exchange {
    Done,
    /// Not available for these directories (an old kernel, a file system without it, a mount
    /// point, two devices): nothing changed, write file by file.
    NotHere,
    Failed(io::Error),
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> Exchange {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Exchange::Done,
        Err(e)
            if [
                Errno::INVAL,
                Errno::NOSYS,
                Errno::XDEV,
                Errno::BUSY,
                Errno::PERM,
                Errno::NOTSUP,
                Errno::OPNOTSUPP,
            ]
            .contains(&e) =>
        {
            Exchange::NotHere
        }
        Err(e) => Exchange::Failed(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> Exchange {
    Exchange::NotHere
}

// The switch exists where the exchange does.
#[cfg(all(
    test,
    any(target_os = "linux", target_os = "android", target_vendor = "apple")
))]
mod tests {
    use super::*;
    use crate::build::Templates;
    use crate::prelude::*;

    /// A scratch directory of its own (its hidden siblings are the write's only), and the
    /// output directory in it.
    fn scratch(name: &str) -> (PathBuf, PathBuf) {
        let above = std::env::temp_dir().join(format!(
            "cloudfront-dsl-switch-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&above);
        fs::create_dir_all(&above).unwrap();
        let dir = above.join("infra");
        (above, dir)
    }

    /// Stacks `A`, `B` and `C` of generation `generation`: in each template's comment and in
    /// the manifest's tags.
    fn generation(generation: u32) -> Vec<Stack> {
        ["A", "B", "C"]
            .into_iter()
            .map(|name| {
                let mut stack = Stack::new(name).with_env("123456789012", "us-east-1");
                Tags::of(&mut stack).add("generation", generation.to_string());
                let comment = format!("generation {generation}");
                distribution!(stack, "cdn", {
                    default_behavior: { origin: origins::HttpOrigin("www.example.com") },
                    comment: comment,
                });
                stack
            })
            .collect()
    }

    fn write(dir: &Path, g: u32) -> Result<crate::build::Outcome, crate::build::Error> {
        Templates::new(dir).check(false).write(&generation(g))
    }

    /// The generations the files read through `read` come from (`None`: a file was missing).
    fn generations_with(read: impl Fn(&str) -> io::Result<String>) -> Option<Vec<String>> {
        let mut seen = Vec::new();
        let manifest: serde_json::Value =
            serde_json::from_str(&read("manifest.json").ok()?).ok()?;
        for name in ["A", "B", "C"] {
            let tags = &manifest["artifacts"][name]["properties"]["tags"];
            seen.push(tags["generation"].as_str()?.to_owned());
            let template = read(&format!("{name}.template.json")).ok()?;
            let template: serde_json::Value = serde_json::from_str(&template).ok()?;
            let comment = template["Resources"]
                .as_object()?
                .values()
                .find_map(|r| r["Properties"]["DistributionConfig"]["Comment"].as_str())?;
            seen.push(comment.trim_start_matches("generation ").to_owned());
        }
        seen.sort();
        seen.dedup();
        Some(seen)
    }

    fn generations(dir: &Path) -> Vec<String> {
        generations_with(|name| fs::read_to_string(dir.join(name))).expect("every file is there")
    }

    /// The hidden siblings of `dir` (staging or old directories).
    fn siblings(above: &Path) -> Vec<PathBuf> {
        fs::read_dir(above)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('.'))
            .collect()
    }

    /// Gives a hidden sibling the process id of a dead process, as a killed writer leaves it.
    fn as_if_dead(path: &Path) -> PathBuf {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let dead = name.replace(&format!(".{}.", std::process::id()), ".4194305.");
        let to = path.with_file_name(dead);
        fs::rename(path, &to).unwrap();
        to
    }

    fn stopping_at<T>(step: Step, f: impl FnOnce() -> T) -> T {
        STOP_AT.with(|s| s.set(Some(step)));
        let out = f();
        STOP_AT.with(|s| s.set(None));
        out
    }

    fn inode(path: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        fs::symlink_metadata(path).unwrap().ino()
    }

    /// A write stopped once the new set is staged (as a kill then would) leaves the old set,
    /// whole, where it was; the next write removes the staged copy and writes its own set.
    #[test]
    fn a_write_stopped_before_the_switch_leaves_the_old_set() {
        let (above, dir) = scratch("before");
        write(&dir, 1).unwrap();
        fs::write(dir.join("README.md"), "ours\n").unwrap();
        let err = stopping_at(Step::Staged, || write(&dir, 2)).unwrap_err();
        assert!(err.to_string().contains("stopped at Staged"), "{err}");
        assert_eq!(generations(&dir), ["1"]);
        let left = siblings(&above);
        assert_eq!(left.len(), 1, "the staged set: {left:?}");
        assert_eq!(generations(&left[0]), ["2"], "the whole new set was staged");
        assert_eq!(
            fs::read_to_string(left[0].join("README.md")).unwrap(),
            "ours\n"
        );
        as_if_dead(&left[0]);
        write(&dir, 3).unwrap();
        assert_eq!(generations(&dir), ["3"]);
        assert_eq!(
            siblings(&above),
            Vec::<PathBuf>::new(),
            "the dead write's copy is gone"
        );
        assert_eq!(fs::read_to_string(dir.join("README.md")).unwrap(), "ours\n");
        fs::remove_dir_all(&above).unwrap();
    }

    /// A write stopped right after the exchange has the new set in place; the old directory,
    /// beside it, goes with the next write.
    #[test]
    fn a_write_stopped_after_the_switch_has_the_new_set() {
        let (above, dir) = scratch("after");
        write(&dir, 1).unwrap();
        stopping_at(Step::Switched, || write(&dir, 2)).unwrap_err();
        assert_eq!(generations(&dir), ["2"]);
        let left = siblings(&above);
        assert_eq!(left.len(), 1, "the old directory: {left:?}");
        assert_eq!(generations(&left[0]), ["1"]);
        as_if_dead(&left[0]);
        write(&dir, 3).unwrap();
        assert_eq!(siblings(&above), Vec::<PathBuf>::new());
        fs::remove_dir_all(&above).unwrap();
    }

    /// Files the write does not own (a README, another tool's template and directory, a link)
    /// stay, as the same files; unchanged templates keep their inode and mtime; an unchanged set
    /// does not switch at all; pruning still removes what no stack generates.
    #[test]
    fn what_the_write_does_not_own_stays() {
        let (above, dir) = scratch("foreign");
        let stacks = generation(1);
        Templates::new(&dir).check(false).write(&stacks).unwrap();
        fs::write(dir.join("README.md"), "ours\n").unwrap();
        fs::write(dir.join("Other.template.json"), "{}\n").unwrap();
        fs::create_dir_all(dir.join("notes/deep")).unwrap();
        fs::write(dir.join("notes/deep/a.txt"), "a\n").unwrap();
        std::os::unix::fs::symlink("README.md", dir.join("link")).unwrap();
        let readme = inode(&dir.join("README.md"));
        let kept = (
            inode(&dir.join("A.template.json")),
            fs::metadata(dir.join("A.template.json"))
                .unwrap()
                .modified()
                .unwrap(),
        );
        let before = inode(&dir);

        let again = Templates::new(&dir).check(false).write(&stacks).unwrap();
        assert!(again.written.is_empty());
        assert_eq!(inode(&dir), before, "nothing changed, nothing switched");

        // Only B changes (its template, and its tag in the manifest).
        let mut changed = generation(1);
        changed[1] = generation(2).remove(1);
        let outcome = Templates::new(&dir).check(false).write(&changed).unwrap();
        assert_ne!(inode(&dir), before, "the directory was switched");
        assert_eq!(
            outcome.written,
            [dir.join("B.template.json"), dir.join("manifest.json")]
        );
        assert_eq!(inode(&dir.join("README.md")), readme);
        assert_eq!(
            (
                inode(&dir.join("A.template.json")),
                fs::metadata(dir.join("A.template.json"))
                    .unwrap()
                    .modified()
                    .unwrap()
            ),
            kept
        );
        assert_eq!(
            fs::read_to_string(dir.join("notes/deep/a.txt")).unwrap(),
            "a\n"
        );
        assert_eq!(
            fs::read_link(dir.join("link")).unwrap(),
            Path::new("README.md")
        );
        assert!(dir.join("Other.template.json").exists(), "pruning is off");

        let pruned = Templates::new(&dir)
            .prune(true)
            .check(false)
            .write(&changed[..2])
            .unwrap();
        assert_eq!(
            pruned.removed,
            [dir.join("C.template.json"), dir.join("Other.template.json")]
        );
        assert!(!dir.join("C.template.json").exists() && dir.join("README.md").exists());
        assert_eq!(siblings(&above), Vec::<PathBuf>::new());
        fs::remove_dir_all(&above).unwrap();
    }

    /// A directory reached through a link stays a link: it is written file by file.
    #[test]
    fn a_linked_directory_is_written_through_the_link() {
        let (above, dir) = scratch("link");
        let real = above.join("real");
        fs::create_dir_all(&real).unwrap();
        std::os::unix::fs::symlink(&real, &dir).unwrap();
        write(&dir, 1).unwrap();
        write(&dir, 2).unwrap();
        assert!(fs::symlink_metadata(&dir).unwrap().file_type().is_symlink());
        assert_eq!(generations(&real), ["2"]);
        fs::remove_dir_all(&above).unwrap();
    }

    /// A reader that opens the directory and reads the set through it, while writes of new
    /// generations go on, never sees files of two generations.
    #[test]
    fn a_reader_sees_one_set() {
        use rustix::fs::{Mode, OFlags, fstat, openat};
        use std::io::Read;
        use std::sync::atomic::{AtomicBool, Ordering};
        let (above, dir) = scratch("reader");
        write(&dir, 0).unwrap();
        let done = AtomicBool::new(false);
        let (reads, mixed, mixed_count) = std::thread::scope(|s| {
            let reader = s.spawn(|| {
                let (mut reads, mut mixed, mut mixed_count) = (0u32, Vec::new(), 0u32);
                while !done.load(Ordering::Relaxed) {
                    let Ok(fd) =
                        rustix::fs::open(&dir, OFlags::RDONLY | OFlags::DIRECTORY, Mode::empty())
                    else {
                        continue;
                    };
                    let read = |name: &str| -> io::Result<String> {
                        let file = openat(&fd, name, OFlags::RDONLY, Mode::empty())?;
                        let mut text = String::new();
                        fs::File::from(file).read_to_string(&mut text)?;
                        Ok(text)
                    };
                    match generations_with(read) {
                        Some(seen) if seen.len() == 1 => reads += 1,
                        Some(seen) => {
                            if mixed.len() < 5 {
                                mixed.push(seen);
                            }
                            mixed_count += 1;
                        }
                        // The old directory was removed under the reader, which opens the
                        // directory again.
                        None => {
                            use std::os::unix::fs::MetadataExt;
                            let now = fs::metadata(&dir).unwrap().ino();
                            assert_ne!(
                                fstat(&fd).unwrap().st_ino,
                                now,
                                "a file is missing from the live directory"
                            );
                        }
                    }
                }
                (reads, mixed, mixed_count)
            });
            for g in 1..=150 {
                write(&dir, g).unwrap();
            }
            done.store(true, Ordering::Relaxed);
            reader.join().unwrap()
        });
        assert!(
            mixed.is_empty(),
            "{mixed_count} of {} reads saw files of two generations, as {mixed:?}",
            reads + mixed_count
        );
        assert!(reads > 0);
        fs::remove_dir_all(&above).unwrap();
    }
}
