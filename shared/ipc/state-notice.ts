/**
 * What the user is told about a damaged state file of `.recoupe/`: `damaged` when it was read (it is left in place),
 * `moved-aside` when a save set it aside as `aside` and wrote a new `file`. Paths are relative to the folder over IPC.
 */
export interface StateNotice {
  code: 'damaged' | 'moved-aside';
  file: string;
  aside?: string;
}
