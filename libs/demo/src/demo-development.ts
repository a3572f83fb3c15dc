import { Injectable, Logger } from '@nestjs/common';
import { IndicatorsService, JointActionsService, NewIndicator, SurveysService } from '@hamkar/diagnostics';
import { OffersService } from '@hamkar/partnering';
import { ProjectsService } from '@hamkar/projects';
import type { SeededCluster } from './demo-seed';

const date = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The agent's contract runs three years: the targets are set for its end, with a midpoint. */
const MIDWAY = 548;
const END = 1095;

interface Figure {
  indicator: NewIndicator;
  midway: string;
  target: string;
}

interface DevelopmentScript {
  currency: string;
  /** The cluster's own figures (from the seeds' descriptions and studies), as baselines with targets. */
  figures: Figure[];
  savingsTarget: string;
  /** Each demo firm's answers to the diagnostic: looms or hives or lines, workers, exports (0 yes, 1 no), trust 1–5, biggest problem. */
  answers: Array<[string, string, string, string, string]>;
  unit: { fa: string; az: string; en: string };
  offer: {
    direction: 'offer' | 'request';
    kind: 'capacity' | 'subcontracting' | 'buyer-sought' | 'machine-sharing';
    title: string;
    description: string;
    hsCodes: string[];
    place: string;
  };
}

const readings = (fa: string, az: string, en: string, unit: string, baseline: string): NewIndicator => ({
  name: { fa, az, en },
  unit,
  source: 'readings',
  baseline,
  baselineDate: date(0),
});

const SCRIPTS: Record<string, DevelopmentScript> = {
  'zanjan-carpets': {
    currency: 'IRR',
    figures: [
      {
        indicator: readings('کارگاه‌های فعال', 'Fəal emalatxanalar', 'Active workshops', 'workshops', '800'),
        midway: '820',
        target: '850',
      },
      {
        indicator: readings('تعاونی‌های فرشبافی', 'Xalçaçılıq kooperativləri', 'Carpet cooperatives', 'cooperatives', '18'),
        midway: '19',
        target: '20',
      },
      { indicator: readings('دارهای قالی', 'Xalça dəzgahları', 'Carpet looms', 'looms', '23000'), midway: '24000', target: '25000' },
      { indicator: readings('تولید سالانه', 'İllik istehsal', 'Yearly output', 'm²', '350000'), midway: '375000', target: '400000' },
      {
        indicator: readings('سهم از فرش دستباف کشور', 'Ölkənin əl xalçalarında pay', "Share of the country's hand-woven carpets", '%', '5'),
        midway: '5.5',
        target: '6',
      },
    ],
    savingsTarget: '5000000000',
    answers: [
      ['12', '18', '1', '3', 'قیمت نخ پشمی و نبود بازار صادراتی'],
      ['40', '55', '0', '4', 'رنگرزی یکدست و گواهی اصالت برای صادرات'],
    ],
    unit: { fa: 'چند دار قالی دارید؟', az: 'Neçə xalça dəzgahınız var?', en: 'How many carpet looms do you run?' },
    offer: {
      direction: 'offer',
      kind: 'capacity',
      title: 'ظرفیت خالی ۶ دار قالی برای سفارش صادراتی',
      description: 'کارگاه رضایی از بهار ظرفیت بافت ۶ دار را برای فرش ۹ متری نقشه زنجان دارد.',
      hsCodes: ['5701'],
      place: 'زنجان',
    },
  },
  'lorestan-honey': {
    currency: 'IRR',
    figures: [],
    savingsTarget: '1500000000',
    answers: [['450', '6', '1', '3', 'بسته‌بندی استاندارد و آزمایش کیفیت عسل']],
    unit: { fa: 'چند کندو دارید؟', az: 'Neçə arı pətəyiniz var?', en: 'How many hives do you keep?' },
    offer: {
      direction: 'request',
      kind: 'machine-sharing',
      title: 'دستگاه عسل‌کشی و پرکن مشترک برای فصل برداشت',
      description: 'برای برداشت بهاره دستگاه پرکن شیشه عسل را با زنبورداران بروجرد شریک می‌شویم.',
      hsCodes: ['8422', '0409'],
      place: 'خرم‌آباد',
    },
  },
  'sumgait-chemicals': {
    currency: 'AZN',
    figures: [],
    savingsTarget: '250000',
    answers: [
      ['3', '120', '0', '4', 'Xammal qiymətləri və ixrac sertifikatları'],
      ['2', '65', '1', '3', 'Enerji xərcləri və emissiyaların ölçülməsi'],
    ],
    unit: { fa: 'چند خط تولید دارید؟', az: 'Neçə istehsal xəttiniz var?', en: 'How many production lines do you run?' },
    offer: {
      direction: 'offer',
      kind: 'subcontracting',
      title: 'Ekstruziya xəttində boş güc: polietilen plyonka',
      description: 'Ayda 40 ton polietilen plyonka üçün subpodrat qəbul edirik, Sumqayıt.',
      hsCodes: ['3920'],
      place: 'Sumqayıt',
    },
  },
};

/**
 * The development cycle in the demo clusters: the agent's diagnostic answered by the demo firms,
 * the cluster's own figures as baselines with targets for the end of the agent's contract, savings
 * measured from the pooled purchases, the demo project tied to them, and a partner offer.
 */
@Injectable()
export class DemoDevelopment {
  private readonly logger = new Logger(DemoDevelopment.name);

  constructor(
    private readonly surveys: SurveysService,
    private readonly indicators: IndicatorsService,
    private readonly actions: JointActionsService,
    private readonly projects: ProjectsService,
    private readonly offers: OffersService,
  ) {}

  async run(cluster: SeededCluster): Promise<void> {
    const script = SCRIPTS[cluster.slug];
    if (!script) return;
    const people = [...cluster.people.values()];
    const agent = people.find((p) => p.role === 'agent') ?? people.find((p) => p.role === 'admin')!;
    const firms = people.filter((p) => p.role === 'member' && p.organizationId);

    const survey = await this.surveys.create(agent.userId, cluster.id, {
      title: { fa: 'مطالعه تشخیصی خوشه', az: 'Klasterin diaqnostik araşdırması', en: 'Cluster diagnostic study' },
      questions: [
        { kind: 'number', text: script.unit },
        {
          kind: 'number',
          text: {
            fa: 'چند نفر در کسب‌وکار شما کار می‌کنند؟',
            az: 'Müəssisənizdə neçə nəfər işləyir?',
            en: 'How many people work in your business?',
          },
          unit: 'people',
        },
        {
          kind: 'choice',
          text: { fa: 'در سال گذشته صادرات داشته‌اید؟', az: 'Keçən il ixracınız olub?', en: 'Did you export last year?' },
          options: [
            { fa: 'بله', az: 'Bəli', en: 'Yes' },
            { fa: 'خیر', az: 'Xeyr', en: 'No' },
          ],
        },
        {
          kind: 'scale',
          text: {
            fa: 'چقدر به همکاری با دیگر اعضای خوشه اعتماد دارید؟',
            az: 'Klasterin digər üzvləri ilə əməkdaşlığa nə qədər güvənirsiniz?',
            en: 'How much do you trust working with the other members?',
          },
          min: 1,
          max: 5,
        },
        {
          kind: 'text',
          text: {
            fa: 'بزرگ‌ترین مشکل کسب‌وکار شما چیست؟',
            az: 'Biznesinizin ən böyük problemi nədir?',
            en: 'What is the biggest problem of your business?',
          },
        },
      ],
    });
    await this.surveys.send(agent.userId, survey.id);
    for (const [i, firm] of firms.entries()) {
      const row = script.answers[i % script.answers.length];
      await this.surveys.answer(
        firm.userId,
        survey.id,
        firm.organizationId!,
        row.map((value, q) => ({ questionId: `q${q + 1}`, value })),
      );
    }

    const made: string[] = [];
    const add = async (input: NewIndicator, midway?: string, target?: string) => {
      const i = await this.indicators.create(agent.userId, cluster.id, input);
      if (midway) await this.indicators.setTarget(agent.userId, i.id, { dueDate: date(MIDWAY), value: midway });
      if (target) await this.indicators.setTarget(agent.userId, i.id, { dueDate: date(END), value: target });
      made.push(i.id);
      return i;
    };
    for (const f of script.figures) await add(f.indicator, f.midway, f.target);
    const exporters = await add(
      { name: { fa: 'بنگاه‌های صادرکننده', az: 'İxracatçı müəssisələr', en: 'Exporting firms' }, unit: '%', source: 'readings' },
      undefined,
      '60',
    );
    await this.indicators.baselineFromSurvey(agent.userId, exporters.id, {
      surveyId: survey.id,
      questionId: 'q3',
      statistic: 'share',
      option: 0,
    });
    const trust = await add(
      {
        name: { fa: 'اعتماد به همکاری (۱ تا ۵)', az: 'Əməkdaşlığa güvən (1–5)', en: 'Trust in cooperation (1–5)' },
        unit: 'score',
        source: 'readings',
      },
      undefined,
      '4.5',
    );
    await this.indicators.baselineFromSurvey(agent.userId, trust.id, { surveyId: survey.id, questionId: 'q4', statistic: 'mean' });
    const savings = await add(
      {
        name: { fa: 'صرفه‌جویی خرید جمعی', az: 'Birgə alışda qənaət', en: 'Pooled purchasing savings' },
        unit: script.currency,
        source: 'procurement-savings',
        currency: script.currency,
        baseline: '0',
        baselineDate: date(0),
      },
      undefined,
      script.savingsTarget,
    );
    const joined = await add(
      {
        name: { fa: 'بنگاه‌های شریک در اقدامات مشترک', az: 'Birgə fəaliyyətlərdə iştirak edən müəssisələr', en: 'Firms in joint actions' },
        unit: 'firms',
        source: 'joint-action-participation',
        baseline: '0',
        baselineDate: date(0),
      },
      undefined,
      String(Math.max(10, firms.length * 10)),
    );

    const { items } = await this.projects.list(agent.userId, cluster.id);
    for (const project of items)
      await this.actions.declare(agent.userId, project.id, { indicatorIds: [savings.id, joined.id, trust.id], stage: 'pilot' });

    const poster = firms[0];
    if (poster)
      await this.offers.post(poster.userId, cluster.id, {
        organizationId: poster.organizationId!,
        ...script.offer,
        country: cluster.country,
      });
    this.logger.log(
      `${cluster.slug}: a diagnostic answered by ${firms.length} firms, ${made.length} indicators, the plan and a partner offer`,
    );
  }
}
