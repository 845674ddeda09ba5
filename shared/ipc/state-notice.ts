/**
 * What the user is told about a damaged state file of `.recoupe/`: `damaged` when it was read (it is left in place),
 * `moved-aside` when a save set it aside as `aside` and wrote a new `file`, `linked` when `file` (the state file or
 * `.recoupe/` itself) is a symbolic link, which is not read through. Paths are relative to the folder over IPC.
 */
export interface StateNotice {
  code: 'damaged' | 'moved-aside' | 'linked';
  file: string;
  aside?: string;
}
