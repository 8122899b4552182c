// DISM.log operations (operations.md §3): each dism.exe invocation (banner to banner, whatever
// processes write inside it) and each DismApi session of an API client. dism.exe writes no exit
// code: a command failed when a line says so, and closed normally otherwise.

import { blame, createDraftTree, settle, type Draft } from './draft.js';
import { recordSeconds, statedCode, type OperationBuilder } from './builder.js';
import { logText, phrase, type Phrase } from '../messages/index.js';

const RX_EXE_START = /DISM\.EXE: <-{5} Starting Dism\.exe session -{5}>/;
const RX_EXE_END = /DISM\.EXE: <-{5} Ending Dism\.exe session -{5}>/;
const RX_COMMAND = /DISM\.EXE: Executing command line: (.*)/;
const RX_CLOSED = /DISM\.EXE: Image session has been closed\. Reboot required=(yes|no)/;
const RX_API_START = /^(?:(?!PID=\d).)*PID=(\d+)(?!\d).*DismApi\.dll: <-{5} Starting DismApi\.dll session -{5}>/;
const RX_API_END = /^(?:(?!PID=\d).)*PID=(\d+)(?!\d).*DismApi\.dll: <-{5} Ending DismApi\.dll session -{5}>/;
const RX_PARENT = /^(?:(?!PID=\d).)*PID=(\d+)(?!\d).*DismApi\.dll: Parent process command line: "?([^"\s]+)/;
const RX_REJECTED = /DISM\.EXE: Failed validating command line|DISM\.EXE: No providers were found that support the command/;
// Windows 7: an option the package manager does not know, and no change started after it.
const RX_OPTION_UNKNOWN = /The option\((?:(?!The option\().)*\) is not recognized in this context/;
const RX_CHANGES = /Initiating Changes on Package/;
/** A command rejected this soon before the next one was retyped, not abandoned. */
const RETYPED_SECONDS = 300;
const RX_FAILED = /DISM\.EXE: (?:(?!DISM\.EXE: ).)* processed the command line but failed|Failed while processing command |Failed processing command to |Failed to process the command/;
const RX_ANY = /DISM\.EXE: |DismApi\.dll: <|Parent process|Failed (?:while processing|processing|to process the) command|is not recognized in this context|Initiating Changes/;

export function createDismBuilder(): OperationBuilder {
  const tree = createDraftTree();
  let command: Draft | undefined;
  let unknownOption: { line: number; message: string } | undefined;
  /** The last command that was rejected (a typo, an action this DISM does not have), and when. */
  let rejected: { draft: Draft; seconds: number } | undefined;
  const api = new Map<string, Draft>();
  const endCommand = (line: number, why?: Phrase): void => {
    if (!command) {
      return;
    }
    if (unknownOption && command.outcome !== 'failed') {
      command.outcome = 'failed';
      command.verdictLine = unknownOption.line;
      command.why = phrase('why.unknownOption');
      blame(command, unknownOption.line, unknownOption.message);
    }
    tree.end(command, line, why);
    command = undefined;
    unknownOption = undefined;
  };
  return {
    record(line, _level, _component, msg, text) {
      if (!RX_ANY.test(msg)) {
        return;
      }
      if (RX_EXE_START.test(msg)) {
        endCommand(line - 1, phrase('why.dismAbandoned'));
        const seconds = recordSeconds(text);
        if (rejected && seconds - rejected.seconds <= RETYPED_SECONDS) {
          rejected.draft.retriedAt = line;
        }
        rejected = undefined;
        command = tree.start('dism-command', logText('dism.exe'), line);
        return;
      }
      const [, apiStart] = RX_API_START.exec(msg) ?? [];
      if (apiStart !== undefined) {
        const previous = api.get(apiStart);
        if (previous) {
          tree.end(previous, line - 1, phrase('why.newDismApi'));
        }
        const d = tree.start('dism-api', phrase('op.dismApi'), line);
        api.set(apiStart, d);
        return;
      }
      const parent = RX_PARENT.exec(msg);
      if (parent) {
        const [, id = '', path = ''] = parent;
        const d = api.get(id);
        if (d) {
          const exe = path.split('\\').pop() ?? path;
          d.subject = exe.toLowerCase();
          d.name = phrase('op.dismApiOf', { exe });
        }
        return;
      }
      const [, apiEnd] = RX_API_END.exec(msg) ?? [];
      if (apiEnd !== undefined) {
        const d = api.get(apiEnd);
        if (d) {
          settle(d, 'succeeded', line);
          tree.end(d, line);
          api.delete(apiEnd);
        }
        return;
      }
      if (!command) {
        return;
      }
      const [, cmd] = RX_COMMAND.exec(msg) ?? [];
      if (cmd !== undefined) {
        command.subject = commandSubject(cmd);
        command.name = logText(`dism ${cmd.replace(/^\S*dism(?:\.exe)?"?\s*/i, '').replace(/\s+/g, ' ').trim()}`);
        return;
      }
      if (RX_REJECTED.test(msg)) {
        settle(command, 'failed', line);
        command.why = phrase('why.rejected');
        rejected = { draft: command, seconds: recordSeconds(text) };
        return;
      }
      if (RX_OPTION_UNKNOWN.test(msg)) {
        unknownOption ??= { line, message: msg };
        return;
      }
      if (RX_CHANGES.test(msg)) {
        unknownOption = undefined;
        return;
      }
      if (RX_FAILED.test(msg)) {
        const code = statedCode(msg);
        // The top-level line comes last and names the code the command failed with.
        command.outcome = 'failed';
        command.verdictLine = line;
        command.code = code !== 0 ? code : command.code;
        return;
      }
      const closed = RX_CLOSED.exec(msg);
      if (closed) {
        settle(command, closed[1] === 'yes' ? 'reboot-pending' : 'succeeded', line);
        return;
      }
      if (RX_EXE_END.test(msg)) {
        endCommand(line);
      }
    },
    finish(lastLine) {
      endCommand(lastLine, phrase('why.logEndsCommand'));
      tree.endAll(lastLine, phrase('why.logEndsOperation'));
      return tree.top;
    },
  };
}

/**
 * What a command works on, so that its attempts compare: the actions without their arguments
 * (`/cleanup-image /restorehealth`), whatever the path, case and spacing of the command line.
 */
export function commandSubject(commandLine: string): string {
  const words = commandLine.toLowerCase().split(/\s+/).filter((w) => w.startsWith('/'));
  const actions = words.filter((w) => !/^\/(?:online|image|windir|quiet|norestart|english|loglevel|logpath|scratchdir|sysdrivedir|format)\b/.test(w));
  return actions.map((w) => w.split(':')[0]).slice(0, 2).join(' ') || commandLine.trim().toLowerCase();
}
