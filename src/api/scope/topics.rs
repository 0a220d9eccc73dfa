//! `graphql/list_topics.graphql`: the topics one can subscribe to.

use super::{ApiError, Client, PAGE_SIZE, Page, next_cursor};

operation!(ListTopics, "graphql/list_topics.graphql", skip_serializing_none);

/// A webhook topic, e.g. `scenario_session/completed` version `1.1`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Topic {
    pub id: String,
    pub key: String,
    pub version: String,
    pub description: String,
    pub node_type: String,
}

/// One page of topics, optionally only those with this key.
pub async fn list_page(
    client: &Client,
    key: Option<&str>,
    after: Option<String>,
) -> Result<Page<Topic>, ApiError> {
    let vars = list_topics::Variables { first: Some(PAGE_SIZE), after, key: key.map(str::to_string) };
    Ok(from_response(client.query::<ListTopics>(vars).await?))
}

/// Every topic (there are few).
pub async fn list_all(client: &Client) -> Result<Vec<Topic>, ApiError> {
    super::all_pages(|after| list_page(client, None, after)).await
}

fn from_response(data: list_topics::ResponseData) -> Page<Topic> {
    let c = data.webhook_topics;
    Page {
        items: c
            .nodes
            .into_iter()
            .map(|t| Topic {
                id: t.id,
                key: t.key,
                version: t.version,
                description: t.description,
                node_type: t.node_type,
            })
            .collect(),
        total_count: c.total_count,
        next: next_cursor(c.page_info.has_next_page, c.page_info.end_cursor),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_a_page() {
        let data: list_topics::ResponseData = serde_json::from_str(
            r#"{"webhookTopics":{"totalCount":2,"pageInfo":{"hasNextPage":true,"endCursor":"c1"},
              "nodes":[{"id":"t1","key":"user/created","version":"1.1","description":"A user was created",
                        "nodeType":"User"}]}}"#,
        )
        .unwrap();
        let page = from_response(data);
        assert_eq!(page.total_count, Some(2));
        assert_eq!(page.next.as_deref(), Some("c1"));
        assert_eq!(page.items[0].key, "user/created");
        assert_eq!(serde_json::to_value(&page.items[0]).unwrap()["nodeType"], "User");
    }

    #[test]
    fn variables_use_the_schema_names() {
        let vars = list_topics::Variables { first: Some(250), after: None, key: Some("user/created".into()) };
        assert_eq!(
            serde_json::to_string(&vars).unwrap(),
            r#"{"first":250,"after":null,"key":"user/created"}"#
        );
    }
}
