//! Reading `src/` as text for the architecture checks: its module files, the code in them that is
//! not test code, and the module paths that code names (`use` trees and `crate::`/`super::`/
//! `self::`/child paths in expressions), resolved to the module file that defines them.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path below the crate root: `src/reminders/store.rs` is `["reminders", "store"]`.
pub type ModPath = Vec<String>;

/// One module file of the library, with its code stripped of comments, strings and test items.
pub struct ModFile {
    pub path: PathBuf,
    pub code: String,
    /// Items it re-exports by name (`pub use child::Item;`), and where they come from.
    pub reexports: BTreeMap<String, ModPath>,
}

/// Every non-test module file of the crate under `src`, by module path.
pub fn crate_files(src: &Path) -> BTreeMap<ModPath, ModFile> {
    let mut files = BTreeMap::new();
    let mut test_only = BTreeSet::new();
    walk(src, src, &mut files);
    for (module, file) in &files {
        for child in test_only_children(&file.code) {
            let mut path = module.clone();
            path.push(child);
            test_only.insert(path);
        }
    }
    files.retain(|module, file| {
        let is_test = module.last().is_some_and(|last| last == "tests")
            || module.iter().any(|segment| segment == "tests")
            || test_only.iter().any(|t| module.starts_with(t));
        file.code = strip_test_items(&file.code);
        !is_test
    });
    let modules: BTreeSet<ModPath> = files.keys().cloned().collect();
    for (module, file) in files.iter_mut() {
        file.reexports = reexports(module, &file.code, &modules);
    }
    files
}

fn walk(src: &Path, dir: &Path, files: &mut BTreeMap<ModPath, ModFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(src, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut module: ModPath = relative
                .iter()
                .map(|s| s.to_string_lossy().into())
                .collect();
            if module == ["lib"] || module == ["main"] {
                module.clear();
                if path.ends_with("main.rs") {
                    continue; // the binary: it only calls the library
                }
            }
            let code = strip_comments_and_strings(&std::fs::read_to_string(&path).unwrap());
            files.insert(
                module,
                ModFile {
                    path,
                    code,
                    reexports: BTreeMap::new(),
                },
            );
        }
    }
}

/// The text with comments blanked and string/char literals emptied, so names in them don't count.
pub fn strip_comments_and_strings(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let rest = |k: usize| at(&chars, i + k);
        if chars[i] == '/' && rest(1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if chars[i] == '/' && rest(1) == '*' {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && at(&chars, i + 1) == '/') {
                i += 1;
            }
            i += 2;
        } else if chars[i] == 'r'
            && (rest(1) == '#' || rest(1) == '"')
            && !ident_char(prev(&chars, i))
        {
            let hashes = (1..).take_while(|&k| rest(k) == '#').count();
            if rest(hashes + 1) != '"' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            i += hashes + 2;
            while i < chars.len()
                && !(chars[i] == '"' && (1..=hashes).all(|k| at(&chars, i + k) == '#'))
            {
                i += 1;
            }
            i += hashes + 1;
            out.push_str("\"\"");
        } else if chars[i] == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if chars[i] == '\'' && (rest(2) == '\'' || (rest(1) == '\\' && rest(3) == '\'')) {
            i += if rest(1) == '\\' { 4 } else { 3 };
            out.push_str("' '");
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn at(chars: &[char], i: usize) -> char {
    chars.get(i).copied().unwrap_or('\0')
}

fn prev(chars: &[char], i: usize) -> char {
    if i == 0 {
        ' '
    } else {
        chars[i - 1]
    }
}

pub fn ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Children declared as `#[cfg(test)] mod x;`: test-only files.
fn test_only_children(code: &str) -> Vec<String> {
    let lines: Vec<&str> = code.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("#[cfg(test)]"))
        .filter_map(|w| {
            w[1].strip_prefix("mod ")
                .or_else(|| w[1].strip_prefix("pub mod "))
        })
        .filter_map(|rest| rest.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

/// The code without items marked `#[cfg(test)]` (a test-only function, impl or module).
fn strip_test_items(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let semicolon = after.find(';').unwrap_or(after.len());
        let Some(open) = after.find('{').filter(|&open| open < semicolon) else {
            rest = &after[(semicolon + 1).min(after.len())..];
            continue;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (k, c) in after[open..].char_indices() {
            depth += match c {
                '{' => 1,
                '}' => -1,
                _ => 0,
            };
            if depth == 0 {
                end = open + k + 1;
                break;
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The paths named in the code's `use` declarations, expanded (`use a::{b, c::d}` gives `a::b`,
/// `a::c::d`), each with whether it was `pub`.
pub fn use_paths(code: &str) -> Vec<(bool, Vec<String>)> {
    let mut found = Vec::new();
    for (public, range) in use_statements(code) {
        expand(
            &code[range.start + 4..range.end],
            &mut Vec::new(),
            &mut |path| found.push((public, path)),
        );
    }
    found
}

/// The code with its `use` declarations blanked.
pub fn without_uses(code: &str) -> String {
    let mut out = code.to_string();
    for (_, range) in use_statements(code).into_iter().rev() {
        out.replace_range(range, "");
    }
    out
}

/// Where each `use` declaration is (from `use` to before its `;`), and whether it is `pub`.
fn use_statements(code: &str) -> Vec<(bool, std::ops::Range<usize>)> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("use ").map(|k| k + from) {
        from = at + 4;
        if at > 0 && ident_char(bytes[at - 1] as char) {
            continue;
        }
        let before = code[..at].trim_end();
        let public = before.ends_with("pub") || before.ends_with(')') && before.contains("pub(");
        let statement_start = before.rfind([';', '{', '}', ']']).map_or(0, |k| k + 1);
        let head = code[statement_start..at].trim();
        if !(head.is_empty() || head.starts_with("pub")) {
            continue; // `use` inside something else, such as an identifier's tail
        }
        let end = code[at..].find(';').map_or(code.len(), |k| k + at);
        found.push((public, at..end));
        from = end;
    }
    found
}

fn expand(tree: &str, prefix: &mut Vec<String>, emit: &mut dyn FnMut(Vec<String>)) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = segments(&tree[..open]);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let depth = prefix.len();
        prefix.extend(head);
        for part in split_top_level(inner) {
            expand(part, prefix, emit);
        }
        prefix.truncate(depth);
    } else {
        let name = tree.split(" as ").next().unwrap_or("");
        let mut path = prefix.clone();
        path.extend(segments(name).into_iter().filter(|s| s != "self"));
        if !path.is_empty() {
            emit(path);
        }
    }
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "*")
        .map(String::from)
        .collect()
}

fn split_top_level(inner: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
}

/// `pub use` re-exports: item name → the module it is defined in.
fn reexports(
    module: &ModPath,
    code: &str,
    modules: &BTreeSet<ModPath>,
) -> BTreeMap<String, ModPath> {
    use_paths(code)
        .into_iter()
        .filter(|(public, _)| *public)
        .filter_map(|(_, path)| {
            let item = path.last()?.clone();
            let absolute = absolute(module, &path, modules)?;
            let target = longest_module(&absolute, modules)?;
            (target != *module).then_some((item, target))
        })
        .collect()
}

/// A path as written in `module`, made absolute from the crate root, or `None` when it names
/// something outside the crate (std, a dependency).
pub fn absolute(module: &ModPath, path: &[String], modules: &BTreeSet<ModPath>) -> Option<ModPath> {
    let first = path.first()?;
    let mut base: ModPath = match first.as_str() {
        "crate" => Vec::new(),
        "self" => module.clone(),
        "super" => module[..module.len().checked_sub(1)?].to_vec(),
        child => {
            let mut candidate = module.clone();
            candidate.push(child.to_string());
            if !modules.contains(&candidate) {
                return None;
            }
            module.clone()
        }
    };
    let mut rest = &path[usize::from(matches!(first.as_str(), "crate" | "self" | "super"))..];
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The longest prefix of `path` that is a module file.
pub fn longest_module(path: &[String], modules: &BTreeSet<ModPath>) -> Option<ModPath> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| modules.contains(p))
}
