# The Duty Ledger web app, served by nginx, which proxies /api and /q to the backend.
# From the repository root: docker build -f deploy/frontend.Dockerfile -t duty-ledger-frontend .
FROM node:20-bookworm-slim AS build
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
COPY frontend/ ./
RUN npm run build

FROM nginx:1.27-alpine
# The image runs envsubst on /etc/nginx/templates/*.template into conf.d/ at start (only defined variables).
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
EXPOSE 80
HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
