// Preloaded (`node -r`) into a benchmarked service run with --cpu-prof: see PROFILE_EXIT_PRELOAD.
process.on('SIGUSR2', () => process.exit(0));
