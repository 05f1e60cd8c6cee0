// src/io/sql/sql-connection-pool.ts
function sqlConnectionPool() {
  const opened = /* @__PURE__ */ new Map();
  return {
    connection(engineId, open) {
      let connection = opened.get(engineId);
      if (!connection) {
        connection = open();
        opened.set(engineId, connection);
        connection.catch(() => opened.delete(engineId));
      }
      return connection;
    },
    async close() {
      const all = [...opened.values()];
      opened.clear();
      await Promise.allSettled(all.map(async (connection) => (await connection).close()));
    }
  };
}

export {
  sqlConnectionPool
};
