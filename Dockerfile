# The all-in-one image (API + workers + console). Production can run the same image twice with
# `node server/dist/main.js` and `node workers/dist/main.js` as the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 4000
CMD ["node", "workers/dist/standalone.js"]
