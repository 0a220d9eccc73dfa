//! Rewrites one of hookctl's operations for a server's schema before it is sent: selections of
//! nullable fields the server lacks are dropped, optional arguments it lacks are dropped (the
//! caller filters client-side), variables left unused are dropped, a single object is read
//! through `node(id:)` when there is no dedicated root field, and what cannot work is refused
//! naming the missing piece. hookctl's own schemas say what is optional.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use graphql_parser::query::{
    Definition, Document, Field, OperationDefinition, Selection, SelectionSet, TypeCondition, Value,
    VariableDefinition,
};

use super::schema::{Kind, Schema, TypeDef, TypeRef};

type Doc<'a> = Document<'a, String>;

/// hookctl's own schemas (Scope's, then Sentera's): what each operation expects, in particular
/// which fields and arguments are nullable and so may be dropped.
static EXPECTED: LazyLock<Vec<Schema>> = LazyLock::new(|| {
    [include_str!("../../../graphql/schema.graphql"), include_str!("../../../graphql/sentera/schema.graphql")]
        .iter()
        .filter_map(|sdl| Schema::from_sdl(sdl).ok())
        .collect()
});

/// An operation rewritten for a server, and what was changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Adapted {
    /// The text to send (the original text when nothing changed).
    pub text: String,
    /// Nullable fields the server lacks, as `Type.field`: shown as absent.
    pub dropped_fields: Vec<String>,
    /// Optional arguments the server lacks, as `field(argument)`: the caller filters client-side.
    pub dropped_args: Vec<String>,
    /// Variables no longer used once the above are dropped.
    pub dropped_variables: Vec<String>,
    /// Root fields read through `node(id:)` instead.
    pub via_node: Vec<String>,
    /// Variables whose declared type was changed to the server's, as `$name: Old -> New`.
    pub retyped_variables: Vec<String>,
}

impl Adapted {
    /// Whether the operation is sent as written.
    pub fn as_is(&self) -> bool {
        self.dropped_fields.is_empty()
            && self.dropped_args.is_empty()
            && self.dropped_variables.is_empty()
            && self.via_node.is_empty()
            && self.retyped_variables.is_empty()
    }
}

/// Why an operation cannot work on a server: the missing piece, named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unworkable(pub String);

fn missing(what: impl Into<String>) -> Unworkable {
    Unworkable(format!("the server has no {}", what.into()))
}

/// Rewrites `operation` (one or more operations and their fragments) for `server`.
pub fn rewrite(operation: &str, server: &Schema) -> Result<Adapted, Unworkable> {
    let mut doc: Doc<'_> = graphql_parser::parse_query::<String>(operation)
        .map_err(|e| Unworkable(format!("the operation does not parse: {e}")))?;
    let mut r = Rewriter { server, out: Adapted::default(), uses: HashMap::new() };
    for def in doc.definitions.iter_mut() {
        match def {
            Definition::Operation(op) => r.operation(op)?,
            Definition::Fragment(f) => {
                let TypeCondition::On(on) = &f.type_condition;
                let on = on.clone();
                r.selection_set(&mut f.selection_set, &on, Some(&on), false)?;
            }
        }
    }
    r.variables(&mut doc)?;
    let mut out = r.out;
    out.text = if out.as_is() { operation.to_string() } else { doc.to_string() };
    Ok(out)
}

struct Rewriter<'s> {
    server: &'s Schema,
    out: Adapted,
    /// Each variable's first use: the server's type at that position.
    uses: HashMap<String, TypeRef>,
}

impl<'s> Rewriter<'s> {
    fn operation(&mut self, op: &mut OperationDefinition<'_, String>) -> Result<(), Unworkable> {
        let (root, ours, set) = match op {
            OperationDefinition::Query(q) => (Some(self.server.query.clone()), "Query", &mut q.selection_set),
            OperationDefinition::SelectionSet(s) => (Some(self.server.query.clone()), "Query", s),
            OperationDefinition::Mutation(m) => {
                (self.server.mutation.clone(), "Mutation", &mut m.selection_set)
            }
            OperationDefinition::Subscription(_) => return Err(missing("support for subscriptions here")),
        };
        let root = root.ok_or_else(|| missing("mutations (no mutation type)"))?;
        self.selection_set(set, &root, Some(ours), true)
    }

    fn type_def(&self, name: &str) -> Result<&'s TypeDef, Unworkable> {
        self.server.get(name).ok_or_else(|| missing(format!("type `{name}`")))
    }

    fn selection_set(
        &mut self,
        set: &mut SelectionSet<'_, String>,
        parent: &str,
        ours: Option<&str>,
        root: bool,
    ) -> Result<(), Unworkable> {
        let items = std::mem::take(&mut set.items);
        for item in items {
            match item {
                Selection::Field(f) => {
                    if let Some(f) = self.field(f, parent, ours, root)? {
                        set.items.push(Selection::Field(f));
                    }
                }
                Selection::InlineFragment(mut i) => {
                    let (on, ours_on) = match &i.type_condition {
                        Some(TypeCondition::On(t)) => (t.clone(), Some(t.clone())),
                        None => (parent.to_string(), ours.map(str::to_string)),
                    };
                    self.type_def(&on)?;
                    self.selection_set(&mut i.selection_set, &on, ours_on.as_deref(), false)?;
                    if !i.selection_set.items.is_empty() {
                        set.items.push(Selection::InlineFragment(i));
                    }
                }
                spread @ Selection::FragmentSpread(_) => set.items.push(spread),
            }
        }
        Ok(())
    }

    /// One field: kept (with its arguments and selections adapted), read through `node`, dropped
    /// (`None`), or unworkable. `ours` is the parent's name in hookctl's schema, which says what
    /// is optional.
    fn field<'a>(
        &mut self,
        mut f: Field<'a, String>,
        parent: &str,
        ours: Option<&str>,
        root: bool,
    ) -> Result<Option<Field<'a, String>>, Unworkable> {
        if f.name.starts_with("__") {
            return Ok(Some(f));
        }
        let parent_def = self.type_def(parent)?;
        let expected = ours.and_then(|o| expected_field(o, &f.name));
        let Some(server_field) = parent_def.field(&f.name).cloned() else {
            if root {
                return self.via_node(f, parent, expected).map(Some);
            }
            return match expected {
                Some(e) if !e.ty.is_non_null() => {
                    self.out.dropped_fields.push(format!("{parent}.{}", f.name));
                    Ok(None)
                }
                _ => Err(missing(format!("field `{parent}.{}` (hookctl needs it)", f.name))),
            };
        };
        self.arguments(&mut f, parent, expected.as_ref(), &server_field)?;
        if !f.selection_set.items.is_empty() {
            let ours = expected.as_ref().map(|e| e.ty.base());
            self.selection_set(&mut f.selection_set, server_field.ty.base(), ours, false)?;
            if f.selection_set.items.is_empty() {
                if server_field.ty.is_non_null() || root {
                    return Err(missing(format!("field hookctl reads under `{parent}.{}`", f.name)));
                }
                self.out.dropped_fields.push(format!("{parent}.{}", f.name));
                return Ok(None);
            }
        }
        Ok(Some(f))
    }

    fn arguments(
        &mut self,
        f: &mut Field<'_, String>,
        parent: &str,
        expected: Option<&super::schema::Field>,
        server_field: &super::schema::Field,
    ) -> Result<(), Unworkable> {
        let args = std::mem::take(&mut f.arguments);
        for (name, value) in args {
            match server_field.arg(&name) {
                Some(a) => {
                    self.value(&value, &a.ty, &format!("{}({name})", f.name))?;
                    f.arguments.push((name, value));
                }
                None => match expected.and_then(|e| e.arg(&name)) {
                    Some(e) if !e.is_required() => self.out.dropped_args.push(format!("{}({name})", f.name)),
                    _ => return Err(missing(format!("argument `{name}` on `{parent}.{}`", f.name))),
                },
            }
        }
        for a in server_field.args.iter().filter(|a| a.is_required()) {
            if !f.arguments.iter().any(|(n, _)| n == &a.name) {
                return Err(Unworkable(format!(
                    "the server requires argument `{}: {}` on `{parent}.{}`, which hookctl does not send",
                    a.name, a.ty, f.name
                )));
            }
        }
        Ok(())
    }

    /// Records the variables in `value` (at a position of server type `ty`) and checks an
    /// object literal's keys against the server's input type.
    fn value(&mut self, value: &Value<'_, String>, ty: &TypeRef, at: &str) -> Result<(), Unworkable> {
        match value {
            Value::Variable(v) => {
                self.uses.entry(v.clone()).or_insert_with(|| ty.clone());
            }
            Value::Object(fields) => {
                let input = self.type_def(ty.base())?;
                for (k, v) in fields {
                    let Some(field) = input.input(k) else {
                        return Err(missing(format!("input field `{}.{k}` (in {at})", input.name)));
                    };
                    self.value(v, &field.ty, at)?;
                }
                if let Some(req) =
                    input.inputs.iter().find(|i| i.is_required() && !fields.contains_key(&i.name))
                {
                    return Err(Unworkable(format!(
                        "the server requires input field `{}.{}` (in {at}), which hookctl does not send",
                        input.name, req.name
                    )));
                }
            }
            Value::List(items) => {
                let inner = match ty {
                    TypeRef::NonNull(t) => t.as_ref(),
                    t => t,
                };
                let inner = if let TypeRef::List(t) = inner { t.as_ref().clone() } else { inner.clone() };
                for v in items {
                    self.value(v, &inner, at)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A root query field the server lacks: `alias: node(id: …) { ... on Type { … } }`, which
    /// keeps the answer's shape. Only for single-object reads by `id`.
    fn via_node<'a>(
        &mut self,
        f: Field<'a, String>,
        root: &str,
        expected: Option<super::schema::Field>,
    ) -> Result<Field<'a, String>, Unworkable> {
        let kind = if self.server.mutation.as_deref() == Some(root) { "mutation" } else { "query" };
        let refuse = || missing(format!("{kind} `{}`", f.name));
        let expected = expected.ok_or_else(refuse)?;
        let by_id = f.arguments.len() == 1 && f.arguments[0].0 == "id";
        let node = self.type_def(root)?.field("node").cloned();
        let (Some(node), true) = (node, by_id) else { return Err(refuse()) };
        let target = expected.ty.base().to_string();
        let target_def = self.type_def(&target).map_err(|_| refuse())?;
        let node_type = node.ty.base();
        if !target_def.members.iter().any(|m| m == node_type)
            && !self.server.get(node_type).is_some_and(|n| n.members.contains(&target))
        {
            return Err(refuse());
        }
        let name = f.name.clone();
        let mut rewritten = Field {
            position: f.position,
            alias: Some(f.alias.clone().unwrap_or_else(|| f.name.clone())),
            name: "node".to_string(),
            arguments: f.arguments,
            directives: f.directives,
            selection_set: SelectionSet {
                span: f.selection_set.span,
                items: vec![Selection::InlineFragment(graphql_parser::query::InlineFragment {
                    position: f.position,
                    type_condition: Some(TypeCondition::On(target.clone())),
                    directives: Vec::new(),
                    selection_set: f.selection_set,
                })],
            },
        };
        self.arguments(&mut rewritten, root, None, &node)?;
        self.selection_set(&mut rewritten.selection_set, node_type, None, false)?;
        self.out.via_node.push(format!("{name} -> node(id:) on {target}"));
        Ok(rewritten)
    }

    /// Drops variables left unused and fits each used one's declared type to the server's.
    fn variables(&mut self, doc: &mut Doc<'_>) -> Result<(), Unworkable> {
        let mut used = BTreeSet::new();
        for def in &doc.definitions {
            match def {
                Definition::Operation(op) => collect_set(op_selection(op), &mut used),
                Definition::Fragment(f) => collect_set(&f.selection_set, &mut used),
            }
        }
        for def in doc.definitions.iter_mut() {
            let Definition::Operation(op) = def else { continue };
            let Some(vars) = op_variables(op) else { continue };
            let all = std::mem::take(vars);
            for mut v in all {
                if !used.contains(&v.name) {
                    self.out.dropped_variables.push(v.name.clone());
                    continue;
                }
                self.fit_variable(&mut v)?;
                vars.push(v);
            }
        }
        Ok(())
    }

    fn fit_variable(&mut self, v: &mut VariableDefinition<'_, String>) -> Result<(), Unworkable> {
        let declared = query_ref(&v.var_type);
        let Some(at) = self.uses.get(&v.name).cloned() else {
            self.type_def(declared.base())?;
            return Ok(());
        };
        let server_def = self.type_def(at.base())?;
        if server_def.kind == Kind::InputObject {
            let ours = expected_type(declared.base())
                .ok_or_else(|| missing(format!("input type `{}`", declared.base())))?;
            compare_inputs(ours, server_def, self.server)?;
        } else if let Some(ours) = self.server.get(declared.base()).or_else(|| expected_type(declared.base()))
            && is_leaf(ours.kind) != is_leaf(server_def.kind)
        {
            return Err(Unworkable(format!(
                "`${}` is a {} on the server, hookctl sends {}",
                v.name,
                at.base(),
                declared.base()
            )));
        }
        if declared.base() != at.base() {
            let retyped = declared.with_base(at.base());
            self.out.retyped_variables.push(format!("${}: {declared} -> {retyped}", v.name));
            v.var_type = parser_ref(&retyped);
        }
        Ok(())
    }
}

fn is_leaf(kind: Kind) -> bool {
    matches!(kind, Kind::Scalar | Kind::Enum)
}

/// Whether the input object hookctl sends (`ours`) fits the server's: every field hookctl may
/// send exists with the same shape, and every field the server requires is one hookctl sends.
fn compare_inputs(ours: &TypeDef, theirs: &TypeDef, server: &Schema) -> Result<(), Unworkable> {
    for field in &ours.inputs {
        let Some(t) = theirs.input(&field.name) else {
            return Err(missing(format!(
                "input field `{}.{}` (hookctl's `{}`)",
                theirs.name, field.name, ours.name
            )));
        };
        let our_def = expected_type(field.ty.base());
        let their_def = server.get(t.ty.base());
        match (our_def, their_def) {
            (Some(o), Some(s)) if o.kind == Kind::InputObject && s.kind == Kind::InputObject => {
                compare_inputs(o, s, server)?
            }
            (o, Some(s)) if o.is_none_or(|o| is_leaf(o.kind)) == is_leaf(s.kind) => {}
            _ => {
                return Err(Unworkable(format!(
                    "the server's input field `{}.{}` is `{}`, hookctl sends `{}`",
                    theirs.name, field.name, t.ty, field.ty
                )));
            }
        }
    }
    if let Some(req) = theirs.inputs.iter().find(|i| i.is_required() && ours.input(&i.name).is_none()) {
        return Err(Unworkable(format!(
            "the server requires input field `{}.{}: {}`, which hookctl does not send",
            theirs.name, req.name, req.ty
        )));
    }
    Ok(())
}

fn expected_field(parent: &str, name: &str) -> Option<super::schema::Field> {
    EXPECTED.iter().find_map(|s| s.get(parent)?.field(name).cloned())
}

fn expected_type(name: &str) -> Option<&'static TypeDef> {
    EXPECTED.iter().find_map(|s| s.get(name))
}

fn op_selection<'x, 'a>(op: &'x OperationDefinition<'a, String>) -> &'x SelectionSet<'a, String> {
    match op {
        OperationDefinition::SelectionSet(s) => s,
        OperationDefinition::Query(q) => &q.selection_set,
        OperationDefinition::Mutation(m) => &m.selection_set,
        OperationDefinition::Subscription(s) => &s.selection_set,
    }
}

fn op_variables<'x, 'a>(
    op: &'x mut OperationDefinition<'a, String>,
) -> Option<&'x mut Vec<VariableDefinition<'a, String>>> {
    match op {
        OperationDefinition::SelectionSet(_) => None,
        OperationDefinition::Query(q) => Some(&mut q.variable_definitions),
        OperationDefinition::Mutation(m) => Some(&mut m.variable_definitions),
        OperationDefinition::Subscription(s) => Some(&mut s.variable_definitions),
    }
}

fn collect_set(set: &SelectionSet<'_, String>, used: &mut BTreeSet<String>) {
    for item in &set.items {
        let (directives, sub) = match item {
            Selection::Field(f) => {
                f.arguments.iter().for_each(|(_, v)| collect_value(v, used));
                (&f.directives, Some(&f.selection_set))
            }
            Selection::InlineFragment(i) => (&i.directives, Some(&i.selection_set)),
            Selection::FragmentSpread(s) => (&s.directives, None),
        };
        directives.iter().flat_map(|d| d.arguments.iter()).for_each(|(_, v)| collect_value(v, used));
        if let Some(sub) = sub {
            collect_set(sub, used);
        }
    }
}

fn collect_value(value: &Value<'_, String>, used: &mut BTreeSet<String>) {
    match value {
        Value::Variable(v) => {
            used.insert(v.clone());
        }
        Value::List(items) => items.iter().for_each(|v| collect_value(v, used)),
        Value::Object(fields) => fields.values().for_each(|v| collect_value(v, used)),
        _ => {}
    }
}

fn query_ref(t: &graphql_parser::query::Type<'_, String>) -> TypeRef {
    use graphql_parser::query::Type;
    match t {
        Type::NamedType(n) => TypeRef::Named(n.clone()),
        Type::ListType(t) => TypeRef::List(Box::new(query_ref(t))),
        Type::NonNullType(t) => TypeRef::NonNull(Box::new(query_ref(t))),
    }
}

fn parser_ref<'a>(t: &TypeRef) -> graphql_parser::query::Type<'a, String> {
    use graphql_parser::query::Type;
    match t {
        TypeRef::Named(n) => Type::NamedType(n.clone()),
        TypeRef::List(t) => Type::ListType(Box::new(parser_ref(t))),
        TypeRef::NonNull(t) => Type::NonNullType(Box::new(parser_ref(t))),
    }
}

#[cfg(test)]
pub(super) fn expected_count() -> usize {
    EXPECTED.len()
}
