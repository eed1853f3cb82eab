//! The dependency graph between a form's expressions, so an answer
//! re-evaluates only the expressions it affects, in an order where each
//! calculation is computed before anything that reads it.
//!
//! Nodes are expressions, identified by their index in the list given to
//! [`DependencyGraph::build`]. A node reads names and, if it is a
//! calculation, writes one name. An edge runs from the writer of a name to
//! every reader of that name.

use std::collections::{BTreeSet, HashMap, VecDeque};

use super::ast::Expr;

/// Index of an expression in the list given to [`DependencyGraph::build`].
pub type ExprId = usize;

/// One expression: what it reads, and the name it computes if any.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GraphNode {
    pub reads: BTreeSet<String>,
    pub writes: Option<String>,
}

impl GraphNode {
    /// A `relevant`, `constraint` or `choice_filter`: reads, computes nothing.
    pub fn reader(expr: &Expr) -> GraphNode {
        GraphNode {
            reads: expr.references().names,
            writes: None,
        }
    }

    /// A calculation whose result is stored under `name`.
    pub fn calculation(name: &str, expr: &Expr) -> GraphNode {
        GraphNode {
            reads: expr.references().names,
            writes: Some(name.to_string()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// Calculations that depend on each other in a circle, in order: each
    /// reads the one before it, and the first reads the last.
    #[error("calculations depend on each other in a cycle: {}", .names.join(" → "))]
    Cycle { names: Vec<String> },
    /// Two calculations compute the same name.
    #[error("more than one calculation computes ${{{name}}}")]
    DuplicateWriter { name: String },
}

#[derive(Debug, Clone)]
pub struct DependencyGraph {
    nodes: Vec<GraphNode>,
    /// name → the expressions that read it.
    readers: HashMap<String, Vec<ExprId>>,
    /// Every expression, each after the calculations it reads.
    order: Vec<ExprId>,
    /// ExprId → its position in `order`.
    rank: Vec<usize>,
}

impl DependencyGraph {
    pub fn build(nodes: Vec<GraphNode>) -> Result<DependencyGraph, GraphError> {
        let mut writer: HashMap<&str, ExprId> = HashMap::new();
        for (id, node) in nodes.iter().enumerate() {
            if let Some(name) = &node.writes {
                if writer.insert(name, id).is_some() {
                    return Err(GraphError::DuplicateWriter { name: name.clone() });
                }
            }
        }
        let mut readers: HashMap<String, Vec<ExprId>> = HashMap::new();
        for (id, node) in nodes.iter().enumerate() {
            for name in &node.reads {
                readers.entry(name.clone()).or_default().push(id);
            }
        }

        // Kahn's algorithm; the queue starts in id order so the result is
        // deterministic.
        let (nodes_ref, writer_ref) = (&nodes, &writer);
        let preds = move |id: ExprId| {
            nodes_ref[id]
                .reads
                .iter()
                .filter_map(move |n| writer_ref.get(n.as_str()).copied())
        };
        let mut indegree: Vec<usize> = (0..nodes.len()).map(|id| preds(id).count()).collect();
        let mut queue: VecDeque<ExprId> =
            (0..nodes.len()).filter(|&id| indegree[id] == 0).collect();
        let mut order = Vec::with_capacity(nodes.len());
        while let Some(id) = queue.pop_front() {
            order.push(id);
            let Some(name) = &nodes[id].writes else {
                continue;
            };
            for &reader in readers.get(name).map_or(&[][..], Vec::as_slice) {
                indegree[reader] -= 1;
                if indegree[reader] == 0 {
                    queue.push_back(reader);
                }
            }
        }
        if order.len() < nodes.len() {
            return Err(GraphError::Cycle {
                names: find_cycle(&nodes, &indegree, &preds),
            });
        }

        let mut rank = vec![0; nodes.len()];
        for (pos, &id) in order.iter().enumerate() {
            rank[id] = pos;
        }
        Ok(DependencyGraph {
            nodes,
            readers,
            order,
            rank,
        })
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn node(&self, id: ExprId) -> Option<&GraphNode> {
        self.nodes.get(id)
    }

    /// Every expression in evaluation order: a full recompute.
    pub fn order(&self) -> &[ExprId] {
        &self.order
    }

    /// The expressions that read `name` directly.
    pub fn readers(&self, name: &str) -> &[ExprId] {
        self.readers.get(name).map_or(&[], Vec::as_slice)
    }

    /// The expressions to re-evaluate when `changed` gets a new value: its
    /// readers, the readers of the calculations among them, and so on, in
    /// evaluation order. Nothing else needs to run.
    pub fn affected(&self, changed: &[&str]) -> Vec<ExprId> {
        // A set of what was found, not a flag per node: the cost follows
        // what the change reaches, not the size of the form.
        let mut seen = std::collections::HashSet::new();
        let mut stack: Vec<&str> = changed.to_vec();
        let mut found = Vec::new();
        while let Some(name) = stack.pop() {
            for &id in self.readers(name) {
                if seen.insert(id) {
                    found.push(id);
                    if let Some(w) = &self.nodes[id].writes {
                        stack.push(w);
                    }
                }
            }
        }
        found.sort_unstable_by_key(|&id| self.rank[id]);
        found
    }
}

/// Every node Kahn's algorithm left behind still has a predecessor that was
/// left behind, so walking predecessors must revisit a node: that loop is a
/// cycle. Iterative, so long chains cannot overflow the stack.
fn find_cycle<I: Iterator<Item = ExprId>>(
    nodes: &[GraphNode],
    indegree: &[usize],
    preds: &dyn Fn(ExprId) -> I,
) -> Vec<String> {
    let Some(start) = (0..nodes.len()).find(|&id| indegree[id] > 0) else {
        return Vec::new();
    };
    let mut position: HashMap<ExprId, usize> = HashMap::new();
    let mut path = Vec::new();
    let mut current = start;
    loop {
        if let Some(&at) = position.get(&current) {
            // The walk went backwards; report readers after what they read.
            let mut cycle: Vec<String> = path[at..]
                .iter()
                .filter_map(|&id: &ExprId| nodes[id].writes.clone())
                .collect();
            cycle.reverse();
            return cycle;
        }
        position.insert(current, path.len());
        path.push(current);
        match preds(current).find(|&p| indegree[p] > 0) {
            Some(p) => current = p,
            None => return Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expression::parse;

    fn calc(name: &str, src: &str) -> GraphNode {
        GraphNode::calculation(name, &parse(src).unwrap())
    }

    fn reader(src: &str) -> GraphNode {
        GraphNode::reader(&parse(src).unwrap())
    }

    #[test]
    fn expression_graph_topological_order() {
        let nodes = vec![
            reader("${score} > 3"),                  // 0
            calc("score", "${a} + ${b} + ${bonus}"), // 1
            calc("bonus", "if(${c} = 'yes', 2, 0)"), // 2
            reader("${a} = 1"),                      // 3
            calc("b", "${c} * 2"),                   // 4 (b is computed)
        ];
        let graph = DependencyGraph::build(nodes).unwrap();
        let pos = |id| graph.order().iter().position(|&x| x == id).unwrap();
        assert_eq!(graph.order().len(), 5);
        assert!(pos(2) < pos(1));
        assert!(pos(4) < pos(1));
        assert!(pos(1) < pos(0));
    }

    #[test]
    fn expression_graph_only_affected_recomputed() {
        let nodes = vec![
            reader("${score} > 3"),                  // 0
            calc("score", "${a} + ${bonus}"),        // 1
            calc("bonus", "if(${c} = 'yes', 2, 0)"), // 2
            reader("${a} = 1"),                      // 3
            reader("${d} = 1"),                      // 4
        ];
        let graph = DependencyGraph::build(nodes).unwrap();
        assert_eq!(graph.affected(&["c"]), vec![2, 1, 0]);
        let a = graph.affected(&["a"]);
        assert_eq!(a.len(), 3);
        assert!(a.contains(&3) && a.contains(&1) && a.contains(&0));
        assert!(a.iter().position(|&x| x == 1) < a.iter().position(|&x| x == 0));
        assert_eq!(graph.affected(&["d"]), vec![4]);
        assert!(graph.affected(&["unused"]).is_empty());
        assert_eq!(graph.readers("a"), &[1, 3]);
    }

    #[test]
    fn expression_graph_cycle_reports_names() {
        let nodes = vec![
            reader("${x} > 1"),
            calc("x", "${y} + 1"),
            calc("y", "${z} + 1"),
            calc("z", "${x} + ${free}"),
            calc("free", "1"),
        ];
        let Err(GraphError::Cycle { names }) = DependencyGraph::build(nodes) else {
            panic!("cycle not found")
        };
        assert_eq!(names.len(), 3);
        // Rotations are fine; the order must follow the dependencies.
        let i = names.iter().position(|n| n == "x").unwrap();
        let rotated: Vec<&str> = names[i..]
            .iter()
            .chain(&names[..i])
            .map(String::as_str)
            .collect();
        assert_eq!(rotated, ["x", "z", "y"]);

        let selfref = vec![calc("n", "${n} + 1")];
        assert_eq!(
            DependencyGraph::build(selfref).unwrap_err(),
            GraphError::Cycle {
                names: vec!["n".into()]
            }
        );
    }

    #[test]
    fn expression_graph_duplicate_writer() {
        let nodes = vec![calc("x", "1"), calc("x", "2")];
        assert_eq!(
            DependencyGraph::build(nodes).unwrap_err(),
            GraphError::DuplicateWriter { name: "x".into() }
        );
    }

    #[test]
    fn expression_graph_long_chain_no_stack_overflow() {
        let mut nodes: Vec<GraphNode> = (1..5000)
            .map(|i| GraphNode {
                reads: [format!("c{}", i - 1)].into(),
                writes: Some(format!("c{i}")),
            })
            .collect();
        nodes.push(GraphNode {
            reads: ["c4999".to_string()].into(),
            writes: Some("c0".into()),
        });
        let Err(GraphError::Cycle { names }) = DependencyGraph::build(nodes.clone()) else {
            panic!("cycle not found")
        };
        assert_eq!(names.len(), 5000);
        nodes.pop();
        let graph = DependencyGraph::build(nodes).unwrap();
        assert_eq!(graph.affected(&["c0"]).len(), 4999);
    }
}
