# The Duty Ledger backend. Build the jar first (cd backend && ./mvnw -B package -DskipTests),
# then, from the repository root: docker build -f deploy/backend.Dockerfile -t duty-ledger-backend .
FROM eclipse-temurin:17-jre

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app duty-ledger

WORKDIR /app
# The fast-jar layout: dependencies first, so a code change rebuilds only the last layers.
COPY --chown=duty-ledger backend/target/quarkus-app/lib/ /app/lib/
COPY --chown=duty-ledger backend/target/quarkus-app/*.jar /app/
COPY --chown=duty-ledger backend/target/quarkus-app/app/ /app/app/
COPY --chown=duty-ledger backend/target/quarkus-app/quarkus/ /app/quarkus/

USER duty-ledger
EXPOSE 8080
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=10 \
  CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
# QUARKUS_DATASOURCE_JDBC_URL must be set: without it the service would start an embedded
# PostgreSQL, which is for the local run only.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
