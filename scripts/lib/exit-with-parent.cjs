// Preloaded into the Next server (NODE_OPTIONS=--require): exit when the process that started us is gone, so a
// `kill -9` of `npm start` never leaves a web server running against a closed database.
const parent = process.ppid;
const timer = setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    process.exit(1);
  }
  if (process.ppid !== parent) process.exit(1);
}, 1000);
timer.unref();
