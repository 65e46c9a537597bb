import fs from 'node:fs';
import path from 'node:path';
import type { OperationHandlers } from '../../domain/api';
import { AppError } from '../../domain/errors';
import {
  checkAnswersAgainstFramework,
  completeAssessment,
  computeOutcome,
  builtInFrameworks,
  defaultFramework,
  loadFramework,
  startAssessment,
  withAnswer,
  type Assessment,
  type Framework,
} from '../../domain/imaaf';
import type { AppSettings } from '../../domain/settings';
import { requireCase as findCase } from './require-case';
import { appSettings } from './settings';
import type { ServiceDeps } from './context';

type Handlers = Pick<
  OperationHandlers,
  | 'assessments.framework'
  | 'assessments.list'
  | 'assessments.start'
  | 'assessments.get'
  | 'assessments.answer'
  | 'assessments.saveJudgement'
  | 'assessments.outcome'
  | 'assessments.complete'
>;

/**
 * The frameworks this installation knows: the built-in reconstruction, plus any corrected or newer versions an
 * organisation places as JSON in `<data folder>/frameworks/`. New assessments use the newest version of the
 * framework; each assessment keeps the version it was started under.
 */
export function loadFrameworks(dataFolder: string, log: (message: string) => void = console.warn): Map<string, Framework> {
  const frameworks = new Map<string, Framework>(builtInFrameworks.map((framework) => [key(framework), framework]));
  const folder = path.join(dataFolder, 'frameworks');
  if (!fs.existsSync(folder)) return frameworks;
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.json')).sort()) {
    try {
      const framework = loadFramework(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));
      frameworks.set(key(framework), framework);
    } catch (error) {
      log(`The framework file ${name} was not loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return frameworks;
}

function key(framework: Pick<Framework, 'id' | 'version'>): string {
  return `${framework.id}@${framework.version}`;
}

export function newestFramework(frameworks: Map<string, Framework>, id = defaultFramework.id): Framework {
  const candidates = [...frameworks.values()].filter((framework) => framework.id === id);
  candidates.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }));
  return candidates[0] ?? defaultFramework;
}

export function assessmentHandlers(deps: ServiceDeps, frameworks = loadFrameworks(deps.dataFolder)): Handlers {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();

  async function requireAssessment(id: string): Promise<Assessment> {
    const assessment = await store.assessments.get(id);
    if (!assessment) throw new AppError('NOT_FOUND', 'This assessment could not be found.');
    return assessment;
  }

  async function requireDraft(id: string): Promise<Assessment> {
    const assessment = await requireAssessment(id);
    if (assessment.status !== 'draft') {
      throw new AppError('CONFLICT', 'This assessment has been completed and cannot be changed. Start a new assessment based on it.');
    }
    return assessment;
  }

  function frameworkFor(assessment: Pick<Assessment, 'frameworkId' | 'frameworkVersion'>): Framework {
    const framework = frameworks.get(`${assessment.frameworkId}@${assessment.frameworkVersion}`);
    if (!framework) {
      throw new AppError(
        'UNSUPPORTED',
        `This assessment was made with ${assessment.frameworkId} version ${assessment.frameworkVersion}, which this installation no longer has. Ask your administrator to put that framework file back.`,
      );
    }
    return framework;
  }

  function settings(): AppSettings {
    return appSettings(store.local);
  }

  function outcomeSettings() {
    const current = settings();
    return { organisation: current.organisation, ictgOperatesHere: current.ictgOperatesHere, today: nowIso().slice(0, 10) };
  }

  const requireCase = (caseId: string) => findCase(store, caseId);

  return {
    'assessments.framework': ({ frameworkId, frameworkVersion }) =>
      frameworkId && frameworkVersion ? frameworkFor({ frameworkId, frameworkVersion }) : newestFramework(frameworks),

    'assessments.list': async ({ caseId }) => {
      await requireCase(caseId);
      return {
        assessments: (await store.assessments.listForCase(caseId)).map((assessment) => ({
          id: assessment.id,
          status: assessment.status,
          frameworkId: assessment.frameworkId,
          frameworkVersion: assessment.frameworkVersion,
          startedAt: assessment.startedAt,
          completedAt: assessment.completedAt,
          completedBy: assessment.completedBy,
          basedOnAssessmentId: assessment.basedOnAssessmentId,
        })),
      };
    },

    'assessments.start': ({ caseId, basedOnAssessmentId }) =>
      store.transaction(async () => {
        await requireCase(caseId);
        if (await store.assessments.draftForCase(caseId)) {
          throw new AppError('CONFLICT', 'This case already has an assessment in progress. Continue it, or complete it first.');
        }
        const basedOn = basedOnAssessmentId ? await requireAssessment(basedOnAssessmentId) : null;
        if (basedOn && basedOn.caseId !== caseId) throw new AppError('VALIDATION', 'That assessment belongs to another case.');
        const assessment = startAssessment({ id: deps.newId(), caseId, framework: newestFramework(frameworks), now: nowIso(), basedOn });
        await store.assessments.insert(assessment);
        return assessment;
      }),

    'assessments.get': ({ id }) => requireAssessment(id),

    'assessments.answer': ({ id, connectedAdultId, itemId, answer }) =>
      store.transaction(async () => {
        const draft = await requireDraft(id);
        const framework = frameworkFor(draft);
        const answers = withAnswer(draft.answers, itemId, connectedAdultId, answer);
        const record = await requireCase(draft.caseId);
        const prefix = connectedAdultId ? `connectedAdults.${connectedAdultId}.${itemId}` : `items.${itemId}`;
        const issues = checkAnswersAgainstFramework(answers, framework, record).filter(
          (issue) => issue.path === prefix || issue.path.startsWith(`${prefix}.`) || (connectedAdultId !== null && issue.path === `connectedAdults.${connectedAdultId}`),
        );
        if (issues.length > 0) {
          throw new AppError('VALIDATION', 'This answer does not fit the question.', issues.map((issue) => ({ ...issue, path: issue.path.replace(/^(items|connectedAdults)\./, '') })));
        }
        await store.assessments.update({ ...draft, answers });
        return { savedAt: nowIso() };
      }),

    'assessments.saveJudgement': ({ id, professionalJudgement }) =>
      store.transaction(async () => {
        const draft = await requireDraft(id);
        await store.assessments.update({ ...draft, professionalJudgement });
        return { savedAt: nowIso() };
      }),

    'assessments.outcome': async ({ id }) => {
      const assessment = await requireAssessment(id);
      if (assessment.status === 'completed' && assessment.outcome) return assessment.outcome;
      const record = await requireCase(assessment.caseId);
      return computeOutcome(record, assessment.answers, frameworkFor(assessment), outcomeSettings());
    },

    'assessments.complete': ({ id }, context) =>
      store.transaction(async () => {
        const draft = await requireDraft(id);
        const completed = completeAssessment(draft, {
          caseRecord: await requireCase(draft.caseId),
          framework: frameworkFor(draft),
          settings: outcomeSettings(),
          completedBy: context.worker,
          now: nowIso(),
        });
        await store.assessments.update(completed);
        return completed;
      }),
  };
}

