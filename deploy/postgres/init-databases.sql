-- One database per service (each owns its event store and read model).
CREATE DATABASE lead;
CREATE DATABASE needs;
CREATE DATABASE proposal;
CREATE DATABASE deal;
CREATE DATABASE delivery;
-- the read-only pipeline view (inbox and its projection only)
CREATE DATABASE pipeline;
-- the personal-data key vault every service shares (data keys of crypto-shredding, wrapped)
CREATE DATABASE dealstream_vault;
