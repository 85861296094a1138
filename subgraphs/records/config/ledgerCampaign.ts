import { readFileSync } from 'node:fs';

/** An exit-rate target of the campaign: by the end of `deadline` (Asia/Shanghai), `exitRate` of the ledger exited. */
export interface CampaignTargetConfig {
  deadline: string;
  /** A fraction, 0.9 for 90 %. */
  exitRate: number;
  /** The words of the notice that set it. */
  wording: string;
}

/** The governance campaign the ledger belongs to: configuration, not constants (DESIGN.md §6). */
export interface CampaignConfig {
  title: string;
  documentNumber: string;
  issuedOn: string;
  targets: CampaignTargetConfig[];
  source: string;
}

/** 发改办财金〔2021〕156号, section 三 (工作要求). */
export const DEFAULT_LEDGER_CAMPAIGN: CampaignConfig = {
  title: '国家发展改革委办公厅关于开展信用服务机构失信问题专项治理的通知',
  documentNumber: '发改办财金〔2021〕156号',
  issuedOn: '2021-02-08',
  targets: [
    { deadline: '2021-06-30', exitRate: 0.9, wording: '2021年6月底前，各地方治理台账退出率达90%' },
    { deadline: '2021-12-31', exitRate: 1, wording: '2021年底力争达到100%，基本实现台账“清零”' },
  ],
  source: '发改办财金〔2021〕156号 三、工作要求',
};

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Checks a campaign read from a file: a wrong one stops the subgraph at start rather than counting wrongly. */
export function checkLedgerCampaign(value: unknown): CampaignConfig {
  const fail = (what: string) => new Error(`LEDGER_CAMPAIGN_FILE: ${what}`);
  if (typeof value !== 'object' || value === null) throw fail('must hold a JSON object');
  const campaign = { ...DEFAULT_LEDGER_CAMPAIGN, ...value };
  if (typeof campaign.title !== 'string' || typeof campaign.documentNumber !== 'string' || typeof campaign.source !== 'string') throw fail('title, documentNumber and source must be strings');
  if (!isDate(campaign.issuedOn)) throw fail('issuedOn must be YYYY-MM-DD');
  if (!Array.isArray(campaign.targets)) throw fail('targets must be a list');
  const targets = campaign.targets.map((target: unknown): CampaignTargetConfig => {
    if (typeof target !== 'object' || target === null || !('deadline' in target) || !('exitRate' in target) || !('wording' in target)) throw fail('each target needs deadline, exitRate and wording');
    const { deadline, exitRate, wording } = target;
    if (!isDate(deadline) || typeof exitRate !== 'number' || exitRate <= 0 || exitRate > 1 || typeof wording !== 'string') {
      throw fail('a target is { deadline: YYYY-MM-DD, exitRate: a fraction in (0, 1], wording: text }');
    }
    return { deadline, exitRate, wording };
  });
  return { ...campaign, targets: targets.sort((a, b) => a.deadline.localeCompare(b.deadline)) };
}

/** The notice's campaign, or the one in the JSON file named by LEDGER_CAMPAIGN_FILE (its fields replace the defaults'). */
export function loadLedgerCampaign(env: NodeJS.ProcessEnv = process.env): CampaignConfig {
  return env.LEDGER_CAMPAIGN_FILE ? checkLedgerCampaign(JSON.parse(readFileSync(env.LEDGER_CAMPAIGN_FILE, 'utf8'))) : DEFAULT_LEDGER_CAMPAIGN;
}

let loaded: CampaignConfig | null = null;

/** The campaign of this process, read once. */
export function ledgerCampaign(): CampaignConfig {
  loaded ??= loadLedgerCampaign();
  return loaded;
}
