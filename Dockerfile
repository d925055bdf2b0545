# syntax=docker/dockerfile:1
#
# Production image. Node 22 LTS: Node 20, which the project is developed and tested on
# (package.json "engines"), reached its end of life in April 2026 and gets no security
# fixes; the code uses nothing that differs between 20 and 22. Change with
# --build-arg NODE_VERSION=… after running the tests on that version.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The compiled code sits where the sources were, so the paths it resolves relative to
# itself (../../drizzle, ../../locales) are the same as in development.
COPY --from=build /app/dist/src ./src
COPY drizzle ./drizzle
COPY locales ./locales
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (no shell in between), so shutdown is graceful.
CMD ["node", "src/main.js"]
