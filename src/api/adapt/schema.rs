//! The schema model the rewrite works against: types, fields with arguments and nullability,
//! input objects and root types. Built from an introspection answer (a real server) or from SDL
//! (hookctl's own schemas, and tests), and printed back as SDL for `hookctl api schema`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A type reference: `String`, `[ID!]!`, …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TypeRef {
    Named(String),
    List(Box<TypeRef>),
    NonNull(Box<TypeRef>),
}

impl TypeRef {
    /// The named type under every list and non-null wrapper.
    pub fn base(&self) -> &str {
        match self {
            TypeRef::Named(n) => n,
            TypeRef::List(t) | TypeRef::NonNull(t) => t.base(),
        }
    }
    pub fn is_non_null(&self) -> bool {
        matches!(self, TypeRef::NonNull(_))
    }
    /// The same wrappers around another named type.
    pub fn with_base(&self, name: &str) -> TypeRef {
        match self {
            TypeRef::Named(_) => TypeRef::Named(name.to_string()),
            TypeRef::List(t) => TypeRef::List(Box::new(t.with_base(name))),
            TypeRef::NonNull(t) => TypeRef::NonNull(Box::new(t.with_base(name))),
        }
    }
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeRef::Named(n) => f.write_str(n),
            TypeRef::List(t) => write!(f, "[{t}]"),
            TypeRef::NonNull(t) => write!(f, "{t}!"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// An argument or an input object's field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputValue {
    pub name: String,
    pub ty: TypeRef,
    #[serde(default)]
    pub has_default: bool,
}

impl InputValue {
    /// Whether a caller must give it: non-null and without a default.
    pub fn is_required(&self) -> bool {
        self.ty.is_non_null() && !self.has_default
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    #[serde(default)]
    pub args: Vec<InputValue>,
    pub ty: TypeRef,
}

impl Field {
    pub fn arg(&self, name: &str) -> Option<&InputValue> {
        self.args.iter().find(|a| a.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeDef {
    pub name: String,
    pub kind: Kind,
    /// Object and interface fields.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// Input object fields.
    #[serde(default)]
    pub inputs: Vec<InputValue>,
    /// Enum values.
    #[serde(default)]
    pub values: Vec<String>,
    /// Union members (and an object's interfaces).
    #[serde(default)]
    pub members: Vec<String>,
}

impl TypeDef {
    fn new(name: &str, kind: Kind) -> TypeDef {
        TypeDef {
            name: name.to_string(),
            kind,
            fields: Vec::new(),
            inputs: Vec::new(),
            values: Vec::new(),
            members: Vec::new(),
        }
    }
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
    pub fn input(&self, name: &str) -> Option<&InputValue> {
        self.inputs.iter().find(|f| f.name == name)
    }
}

/// A server's schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    pub query: String,
    pub mutation: Option<String>,
    pub types: BTreeMap<String, TypeDef>,
}

/// Why a schema could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read the schema: {0}")]
pub struct SchemaError(pub String);

impl Schema {
    pub fn get(&self, name: &str) -> Option<&TypeDef> {
        self.types.get(name)
    }
    pub fn query_root(&self) -> Option<&TypeDef> {
        self.types.get(&self.query)
    }
    pub fn mutation_root(&self) -> Option<&TypeDef> {
        self.mutation.as_ref().and_then(|m| self.types.get(m))
    }

    /// Reads an SDL document (type definitions; `schema { … }` or `Query`/`Mutation` roots).
    pub fn from_sdl(sdl: &str) -> Result<Schema, SchemaError> {
        use graphql_parser::schema::{Definition, TypeDefinition as T};
        let doc = graphql_parser::parse_schema::<String>(sdl).map_err(|e| SchemaError(e.to_string()))?;
        let mut schema = Schema { query: "Query".into(), mutation: None, types: BTreeMap::new() };
        let mut mutation = None;
        for def in doc.definitions {
            match def {
                Definition::SchemaDefinition(s) => {
                    schema.query = s.query.unwrap_or_else(|| "Query".into());
                    mutation = s.mutation;
                }
                Definition::TypeDefinition(t) => {
                    let def = match t {
                        T::Scalar(s) => TypeDef::new(&s.name, Kind::Scalar),
                        T::Object(o) => TypeDef {
                            fields: o.fields.iter().map(sdl_field).collect(),
                            members: o.implements_interfaces.clone(),
                            ..TypeDef::new(&o.name, Kind::Object)
                        },
                        T::Interface(i) => TypeDef {
                            fields: i.fields.iter().map(sdl_field).collect(),
                            ..TypeDef::new(&i.name, Kind::Interface)
                        },
                        T::Union(u) => {
                            TypeDef { members: u.types.clone(), ..TypeDef::new(&u.name, Kind::Union) }
                        }
                        T::Enum(e) => TypeDef {
                            values: e.values.iter().map(|v| v.name.clone()).collect(),
                            ..TypeDef::new(&e.name, Kind::Enum)
                        },
                        T::InputObject(i) => TypeDef {
                            inputs: i.fields.iter().map(sdl_input).collect(),
                            ..TypeDef::new(&i.name, Kind::InputObject)
                        },
                    };
                    schema.types.insert(def.name.clone(), def);
                }
                _ => {}
            }
        }
        for builtin in ["String", "Int", "Float", "Boolean", "ID"] {
            schema.types.entry(builtin.into()).or_insert_with(|| TypeDef::new(builtin, Kind::Scalar));
        }
        schema.mutation =
            mutation.or_else(|| schema.types.contains_key("Mutation").then(|| "Mutation".into()));
        Ok(schema)
    }

    /// Reads the `data` of the standard introspection query ([`super::introspect::QUERY`]).
    pub fn from_introspection(data: &Value) -> Result<Schema, SchemaError> {
        let s = data.get("__schema").ok_or_else(|| SchemaError("the answer has no `__schema`".into()))?;
        let root = |k: &str| s.get(k).and_then(|t| t.get("name")).and_then(Value::as_str).map(str::to_string);
        let query = root("queryType").ok_or_else(|| SchemaError("no query type".into()))?;
        let mut types = BTreeMap::new();
        for t in s.get("types").and_then(Value::as_array).into_iter().flatten() {
            let Some(def) = introspected_type(t) else { continue };
            types.insert(def.name.clone(), def);
        }
        Ok(Schema { query, mutation: root("mutationType"), types })
    }

    /// The schema as SDL, built-in scalars and introspection types left out.
    pub fn to_sdl(&self) -> String {
        let mut out = String::new();
        let default_roots = self.query == "Query" && self.mutation.as_deref().is_none_or(|m| m == "Mutation");
        if !default_roots {
            out.push_str(&format!("schema {{\n  query: {}\n", self.query));
            if let Some(m) = &self.mutation {
                out.push_str(&format!("  mutation: {m}\n"));
            }
            out.push_str("}\n\n");
        }
        for t in self.types.values() {
            if t.name.starts_with("__") || is_builtin_scalar(&t.name) {
                continue;
            }
            out.push_str(&sdl_type(t));
            out.push('\n');
        }
        out
    }
}

fn is_builtin_scalar(name: &str) -> bool {
    matches!(name, "String" | "Int" | "Float" | "Boolean" | "ID")
}

fn sdl_type(t: &TypeDef) -> String {
    let args = |args: &[InputValue]| {
        if args.is_empty() {
            String::new()
        } else {
            format!(
                "({})",
                args.iter().map(|a| format!("{}: {}", a.name, a.ty)).collect::<Vec<_>>().join(", ")
            )
        }
    };
    let body = |lines: Vec<String>| format!(" {{\n{}}}\n", lines.concat());
    match t.kind {
        Kind::Scalar => format!("scalar {}\n", t.name),
        Kind::Enum => {
            format!("enum {}{}", t.name, body(t.values.iter().map(|v| format!("  {v}\n")).collect()))
        }
        Kind::Union => format!("union {} = {}\n", t.name, t.members.join(" | ")),
        Kind::InputObject => format!(
            "input {}{}",
            t.name,
            body(t.inputs.iter().map(|f| format!("  {}: {}\n", f.name, f.ty)).collect())
        ),
        Kind::Object | Kind::Interface => {
            let keyword = if t.kind == Kind::Object { "type" } else { "interface" };
            let implements = if t.members.is_empty() {
                String::new()
            } else {
                format!(" implements {}", t.members.join(" & "))
            };
            let fields =
                t.fields.iter().map(|f| format!("  {}{}: {}\n", f.name, args(&f.args), f.ty)).collect();
            format!("{keyword} {}{implements}{}", t.name, body(fields))
        }
    }
}

fn sdl_ref(t: &graphql_parser::schema::Type<'_, String>) -> TypeRef {
    use graphql_parser::schema::Type;
    match t {
        Type::NamedType(n) => TypeRef::Named(n.clone()),
        Type::ListType(t) => TypeRef::List(Box::new(sdl_ref(t))),
        Type::NonNullType(t) => TypeRef::NonNull(Box::new(sdl_ref(t))),
    }
}

fn sdl_input(v: &graphql_parser::schema::InputValue<'_, String>) -> InputValue {
    InputValue { name: v.name.clone(), ty: sdl_ref(&v.value_type), has_default: v.default_value.is_some() }
}

fn sdl_field(f: &graphql_parser::schema::Field<'_, String>) -> Field {
    Field {
        name: f.name.clone(),
        args: f.arguments.iter().map(sdl_input).collect(),
        ty: sdl_ref(&f.field_type),
    }
}

/// A GraphQL name (`[_A-Za-z][_0-9A-Za-z]*`): anything else from a server (control characters,
/// spaces) is left out of the model, so it never reaches a terminal or a query.
fn name_of(v: &Value) -> Option<String> {
    let n = v.get("name")?.as_str()?;
    let mut chars = n.chars();
    let ok = chars.next().is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric());
    ok.then(|| n.to_string())
}

fn introspected_ref(t: &Value) -> Option<TypeRef> {
    match t.get("kind")?.as_str()? {
        "NON_NULL" => Some(TypeRef::NonNull(Box::new(introspected_ref(t.get("ofType")?)?))),
        "LIST" => Some(TypeRef::List(Box::new(introspected_ref(t.get("ofType")?)?))),
        _ => Some(TypeRef::Named(name_of(t)?)),
    }
}

fn introspected_input(v: &Value) -> Option<InputValue> {
    Some(InputValue {
        name: name_of(v)?,
        ty: introspected_ref(v.get("type")?)?,
        has_default: v.get("defaultValue").is_some_and(|d| !d.is_null()),
    })
}

fn introspected_type(t: &Value) -> Option<TypeDef> {
    let name = name_of(t)?;
    let kind = match t.get("kind")?.as_str()? {
        "SCALAR" => Kind::Scalar,
        "OBJECT" => Kind::Object,
        "INTERFACE" => Kind::Interface,
        "UNION" => Kind::Union,
        "ENUM" => Kind::Enum,
        "INPUT_OBJECT" => Kind::InputObject,
        _ => return None,
    };
    let list = |k: &str| t.get(k).and_then(Value::as_array).cloned().unwrap_or_default();
    let names = |k: &str| -> Vec<String> { list(k).iter().filter_map(name_of).collect() };
    let fields = list("fields")
        .iter()
        .filter_map(|f| {
            Some(Field {
                name: name_of(f)?,
                args: f.get("args")?.as_array()?.iter().filter_map(introspected_input).collect(),
                ty: introspected_ref(f.get("type")?)?,
            })
        })
        .collect();
    let mut members = names("possibleTypes");
    if kind == Kind::Object {
        members = names("interfaces");
    }
    Some(TypeDef {
        name,
        kind,
        fields,
        inputs: list("inputFields").iter().filter_map(introspected_input).collect(),
        values: names("enumValues"),
        members,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sdl_and_prints_it_back() {
        let s = Schema::from_sdl(
            "type Query { a(x: Int, y: ID!): [String!] }\ninput I { k: String! }\nenum E { A B }",
        )
        .unwrap();
        let a = s.query_root().unwrap().field("a").unwrap();
        assert_eq!(a.ty.to_string(), "[String!]");
        assert!(!a.arg("x").unwrap().is_required() && a.arg("y").unwrap().is_required());
        let sdl = s.to_sdl();
        assert!(sdl.contains("type Query {\n  a(x: Int, y: ID!): [String!]\n}"), "{sdl}");
        assert!(sdl.contains("input I {\n  k: String!\n}") && sdl.contains("enum E {\n  A\n  B\n}"), "{sdl}");
        assert_eq!(Schema::from_sdl(&sdl).unwrap().types, s.types);
        let lying = serde_json::json!({"__schema": {"queryType": {"name": "Q"}, "types": [
            {"kind": "OBJECT", "name": "Q", "fields": [
                {"name": "ok", "args": [], "type": {"kind": "SCALAR", "name": "Int"}},
                {"name": "bad\u{0}\nname", "args": [], "type": {"kind": "SCALAR", "name": "Int"}}]},
            {"kind": "SCALAR", "name": "\u{1b}[31mRed"}]}});
        let s = Schema::from_introspection(&lying).unwrap();
        assert_eq!(s.types.len(), 1);
        assert_eq!(s.query_root().unwrap().fields.len(), 1);
        let d = Schema::from_sdl("type Query { a(x: Int! = 1): Int }").unwrap();
        assert!(!d.query_root().unwrap().field("a").unwrap().arg("x").unwrap().is_required());
    }
}
