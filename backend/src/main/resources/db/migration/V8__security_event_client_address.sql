-- The security log records who sent a refused request: the connection's address, or the client named by a
-- trusted reverse proxy in X-Forwarded-For (dutyledger.security.trusted-proxies).
ALTER TABLE security_event ADD COLUMN client_address varchar(64);
