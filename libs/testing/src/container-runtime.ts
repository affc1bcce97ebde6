let probe: Promise<boolean> | undefined;

/** True when testcontainers finds a container runtime; probed once per process. */
export function containerRuntimeAvailable(): Promise<boolean> {
  probe ??= import('testcontainers')
    .then(({ getContainerRuntimeClient }) => getContainerRuntimeClient())
    .then(
      () => true,
      () => false,
    );
  return probe;
}
