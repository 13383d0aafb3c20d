-- News and events of the industry communities, for their members.
CREATE TABLE community_news (
    event_id     uuid        PRIMARY KEY,
    community_id uuid        NOT NULL,
    community    text        NOT NULL,
    kind         text        NOT NULL,
    title        text        NOT NULL,
    text         text        NOT NULL,
    event_date   date,
    published_at timestamptz NOT NULL
);

CREATE INDEX community_news_community_idx ON community_news (community_id, published_at DESC);
