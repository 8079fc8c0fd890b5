//! The shape of `src/`, checked so that it stays chosen: no import cycle between files or between
//! folders (at every level), no Telegram in the domain folders, no file over 300 lines of logic,
//! unit tests in `x/tests.rs`. Clippy's `[lints]` in Cargo.toml keep the rest (no `mod.rs`, no
//! unwrap outside tests, no function over 50 lines).
//!
//! "Uses" means naming another module's path in code that is not test code: in a `use` tree or in
//! an expression (`crate::…`, `super::…`, `self::…`, or a child module's name). A name re-exported
//! by `pub use` counts as a use of the file that defines it, so a folder's table of re-exports
//! does not itself close a cycle.
mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use source::{
    absolute, crate_files, ident_char, longest_module, use_paths, without_uses, ModFile, ModPath,
};

type Graph = BTreeMap<ModPath, BTreeSet<ModPath>>;

/// Folders whose code must not know about Telegram.
const DOMAIN: &[&str] = &[
    "src/faq",
    "src/reminders",
    "src/lines",
    "src/users",
    "src/text",
];
const MAX_LOGIC_LINES: usize = 300;

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".into()
    } else {
        module.join("::")
    }
}

/// The paths an expression names (`crate::…`, `super::…`, `self::…`, a child module's or an
/// imported module's name followed by `::`), made absolute.
fn expression_paths(
    module: &ModPath,
    code: &str,
    modules: &BTreeSet<ModPath>,
    aliases: &BTreeMap<String, ModPath>,
) -> Vec<ModPath> {
    let mut paths = Vec::new();
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let starts = k == 0 || !ident_char(chars[k - 1].1) && chars[k - 1].1 != ':';
        if !(ident_char(c) && starts) {
            k += 1;
            continue;
        }
        let end = code[at..]
            .find(|c: char| !(ident_char(c) || c == ':'))
            .map_or(code.len(), |e| e + at);
        let path: Vec<String> = code[at..end]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        k += code[at..end].chars().count().max(1);
        if path.len() < 2 {
            continue;
        }
        if let Some(target) = aliases.get(&path[0]) {
            paths.push(target.iter().chain(&path[1..]).cloned().collect());
        } else if let Some(absolute) = absolute(module, &path, modules) {
            paths.push(absolute);
        }
    }
    paths
}

/// Follows `pub use` re-exports to the file that defines the named item.
fn defining_file(mut path: ModPath, files: &BTreeMap<ModPath, ModFile>) -> Option<ModPath> {
    let modules: BTreeSet<ModPath> = files.keys().cloned().collect();
    for _ in 0..8 {
        let module = longest_module(&path, &modules)?;
        let next = path.get(module.len());
        match next.and_then(|item| files[&module].reexports.get(item)) {
            Some(source) if *source != module => {
                let mut redirected = source.clone();
                redirected.extend(path[module.len() + 1..].iter().cloned());
                redirected.insert(source.len(), next?.clone());
                path = redirected;
            }
            _ => return Some(module),
        }
    }
    None
}

fn file_graph(files: &BTreeMap<ModPath, ModFile>) -> Graph {
    let modules: BTreeSet<ModPath> = files.keys().cloned().collect();
    let mut graph = Graph::new();
    for (module, file) in files {
        // `use a::b;` naming a module only brings its name into scope: what counts is what the
        // code then names through it (`b::f()`), resolved like any other path.
        let mut aliases = BTreeMap::new();
        let mut paths = Vec::new();
        for (_, path) in use_paths(&file.code) {
            let Some(absolute) = absolute(module, &path, &modules) else {
                continue;
            };
            match path.last() {
                Some(last) if modules.contains(&absolute) => {
                    aliases.insert(last.clone(), absolute);
                }
                _ => paths.push(absolute),
            }
        }
        let code = without_uses(&file.code);
        paths.extend(expression_paths(module, &code, &modules, &aliases));
        let targets = paths
            .into_iter()
            .filter_map(|path| defining_file(path, files))
            .filter(|target| target != module && !target.is_empty());
        graph.entry(module.clone()).or_default().extend(targets);
    }
    graph
}

/// Strongly connected components with more than one member (Tarjan).
fn cycles(graph: &Graph) -> Vec<Vec<ModPath>> {
    struct Walk<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g ModPath, usize>,
        low: BTreeMap<&'g ModPath, usize>,
        stack: Vec<&'g ModPath>,
        found: Vec<Vec<ModPath>>,
    }
    fn visit<'g>(w: &mut Walk<'g>, v: &'g ModPath) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for u in w.graph.get(v).into_iter().flatten() {
            if !w.index.contains_key(u) {
                visit(w, u);
                let low = w.low[v].min(w.low[u]);
                w.low.insert(v, low);
            } else if w.stack.contains(&u) {
                let low = w.low[v].min(w.index[u]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let at = w.stack.iter().rposition(|x| *x == v).unwrap();
            let component: Vec<ModPath> = w.stack.drain(at..).cloned().collect();
            if component.len() > 1 {
                w.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

fn describe(found: &[Vec<ModPath>]) -> String {
    let names = |c: &Vec<ModPath>| c.iter().map(|m| name(m)).collect::<Vec<_>>().join(", ");
    found
        .iter()
        .map(|c| format!("  [{}]\n", names(c)))
        .collect()
}

/// For every folder, the graph between its children (each child with everything below it).
fn folder_graphs(files: &Graph) -> BTreeMap<ModPath, Graph> {
    let mut folders: BTreeMap<ModPath, Graph> = BTreeMap::new();
    for (from, targets) in files {
        for to in targets {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            if common < from.len() && common < to.len() {
                let (a, b) = (from[..=common].to_vec(), to[..=common].to_vec());
                folders
                    .entry(from[..common].to_vec())
                    .or_default()
                    .entry(a)
                    .or_default()
                    .insert(b);
            }
        }
    }
    folders
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let graph = file_graph(&crate_files(&src()));
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "import cycles between files:\n{}",
        describe(&found)
    );
}

#[test]
fn no_folder_imports_a_folder_that_imports_it_back() {
    let graph = file_graph(&crate_files(&src()));
    let mut problems = String::new();
    for (folder, children) in folder_graphs(&graph) {
        let found = cycles(&children);
        if !found.is_empty() {
            problems += &format!("in {}:\n{}", name(&folder), describe(&found));
        }
    }
    assert!(
        problems.is_empty(),
        "import cycles between folders:\n{problems}"
    );
}

#[test]
fn the_domain_folders_know_nothing_of_telegram() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let offenders: Vec<String> = crate_files(&src())
        .values()
        .filter(|f| {
            DOMAIN
                .iter()
                .any(|d| f.path.starts_with(root.join(d)) || f.path == root.join(format!("{d}.rs")))
        })
        .filter(|f| f.code.contains("teloxide") || f.code.contains("crate::telegram"))
        .map(|f| f.path.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "Telegram named in domain code: {offenders:?}"
    );
}

#[test]
fn no_file_has_more_than_300_lines_of_logic() {
    let long: Vec<String> = crate_files(&src())
        .values()
        .map(|f| {
            (
                f.path.display().to_string(),
                f.code.lines().filter(|l| !l.trim().is_empty()).count(),
            )
        })
        .filter(|(_, lines)| *lines > MAX_LOGIC_LINES)
        .map(|(path, lines)| format!("{path}: {lines}"))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LOGIC_LINES} lines of logic: {long:?}"
    );
}

#[test]
fn unit_tests_live_in_their_own_tests_file() {
    fn visit(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, found);
            } else if std::fs::read_to_string(&path)
                .unwrap()
                .contains("mod tests {")
            {
                found.push(path.display().to_string());
            }
        }
    }
    let mut inline = Vec::new();
    visit(&src(), &mut inline);
    assert!(
        inline.is_empty(),
        "inline test modules (move them to x/tests.rs): {inline:?}"
    );
}

#[test]
fn the_checker_sees_a_cycle_and_resolves_reexports() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "pub mod a;\npub mod b;\n");
    write(
        "a.rs",
        "mod inner;\npub use inner::Thing;\n// crate::b::Other in a comment does not count\n",
    );
    write(
        "a/inner.rs",
        "pub struct Thing;\nfn f() { let _ = \"crate::b::x\"; }\n",
    );
    write(
        "b.rs",
        "use crate::a::Thing;\npub fn g() -> Thing { Thing }\n",
    );
    let graph = file_graph(&crate_files(dir.path()));
    let inner = vec!["a".to_string(), "inner".to_string()];
    assert_eq!(
        graph[&vec!["b".to_string()]],
        BTreeSet::from([inner.clone()])
    );
    assert!(cycles(&graph).is_empty());
    write(
        "a/inner.rs",
        "pub struct Thing;\nfn f() { crate::b::g(); }\n",
    );
    let graph = file_graph(&crate_files(dir.path()));
    assert_eq!(cycles(&graph).len(), 1, "{graph:?}");
    assert!(!folder_graphs(&graph)[&Vec::new()].is_empty());
}
