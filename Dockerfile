# One image for both processes: the api (the default command) or the worker (see docker-compose.yml).
# Node.js 24 LTS: the dependencies need ^22.13 || >=24.11 (package.json "engines").
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Data files read at run time (HS 2022 codes, the OCDS schema).
COPY --from=build /app/libs ./libs
COPY --from=build /app/scripts/container-api.sh /app/scripts/worker-healthcheck.mjs ./scripts/
# Uploads and mail live in /data. A named volume mounted there starts as a copy of this folder,
# owned by the user the processes run as, so they can write to it.
RUN mkdir -p /data/files /data/mail && chown -R node:node /data
USER node
EXPOSE 3000
# Exec form, no npm and no shell in between: SIGTERM from `docker stop` reaches node, which
# finishes its requests and jobs (compose also runs an init as PID 1, see `init: true`).
CMD ["sh", "scripts/container-api.sh"]
