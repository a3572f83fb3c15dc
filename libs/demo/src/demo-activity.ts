import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MembershipsService, OrganizationsService } from '@hamkar/clusters';
import { hashPassword, UsersService } from '@hamkar/identity';
import { ChannelsService, PostMessage } from '@hamkar/messaging';
import { AwardProcurement, ParticipationsService, ProcurementsService, QuotesService } from '@hamkar/procurement';
import { ProjectsService } from '@hamkar/projects';
import { planDemoSuppliers, saveDemoSupplierProfile, SupplierProfilesService } from '@hamkar/suppliers';
import { DEMO_PASSWORD } from './demo-people';
import type { SeededCluster } from './demo-seed';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
const date = (offset: number) => day(offset).toISOString().slice(0, 10);

interface Script {
  channel: string;
  messages: string[];
  need: {
    title: string;
    description: string;
    categoryCode: string;
    unit: string;
    quantity: string;
    joins: string[];
    currency: string;
    city: string;
    lat: number;
    lng: number;
  };
  /** A need bought together earlier: quoted by the demo supplier and awarded. */
  past: { title: string; categoryCode: string; quantity: string; joins: string[]; tiers: Array<[string, string]> };
  project: {
    title: string;
    kind: 'training' | 'trade_fair' | 'shared_facility' | 'export_consortium';
    milestones: string[];
    tasks: string[];
  };
}

const SCRIPTS: Record<string, Script> = {
  'zanjan-carpets': {
    channel: 'خرید مشترک',
    messages: [
      'سلام به همه، قیمت نخ پشمی این ماه ۱۵٪ بالا رفته.',
      'ما برای فصل بعد حدود ۴۰۰ کیلو نخ لازم داریم.',
      'اگر با هم بخریم، ریسندگی تبریز تخفیف پلکانی می‌دهد.',
      'من هم ۲۵۰ کیلو اضافه می‌کنم.',
    ],
    need: {
      title: 'نخ پشمی فرش، دولا',
      description: 'نخ پشم کارد شده، سفید طبیعی، برای رنگرزی گیاهی',
      categoryCode: '510610',
      unit: 'kg',
      quantity: '400',
      joins: ['250'],
      currency: 'IRR',
      city: 'Zanjan',
      lat: 36.6736,
      lng: 48.4787,
    },
    past: {
      title: 'رنگ راکتیو برای پشم',
      categoryCode: '320416',
      quantity: '120',
      joins: ['80'],
      tiers: [
        ['10', '4200000'],
        ['150', '3900000'],
      ],
    },
    project: {
      title: 'کارگاه مشترک رنگرزی گیاهی',
      kind: 'shared_facility',
      milestones: ['اجاره سوله', 'نصب دیگ‌ها'],
      tasks: ['بازدید از سوله‌های پیشنهادی', 'استعلام قیمت دیگ رنگرزی', 'آموزش رنگرزی با روناس'],
    },
  },
  'lorestan-honey': {
    channel: 'بسته‌بندی',
    messages: ['شیشه‌های ۵۰۰ گرمی برای برداشت بهاره لازم داریم.', 'همدان پیشنهاد خوبی برای سفارش بالای ده هزار عدد دارد.'],
    need: {
      title: 'شیشه عسل ۵۰۰ گرمی با درب فلزی',
      description: 'Glass honey jars 500 g with twist-off lids',
      categoryCode: '701090',
      unit: 'unit',
      quantity: '6000',
      joins: [],
      currency: 'IRR',
      city: 'Khorramabad',
      lat: 33.4878,
      lng: 48.3558,
    },
    past: {
      title: 'موم پایه کندو (شان)',
      categoryCode: '152190',
      quantity: '300',
      joins: [],
      tiers: [
        ['50', '950000'],
        ['250', '870000'],
      ],
    },
    project: {
      title: 'غرفه مشترک نمایشگاه کشاورزی تهران',
      kind: 'trade_fair',
      milestones: ['ثبت‌نام غرفه'],
      tasks: ['طراحی بروشور', 'انتخاب نمونه‌های عسل'],
    },
  },
  'sumgait-chemicals': {
    channel: 'xammal',
    messages: ['Salam! Polietilen qiymətləri yenə artıb.', 'Birgə alışla ton başına 8% qənaət edə bilərik.', 'Biz 40 ton əlavə edirik.'],
    need: {
      title: 'Polietilen (LDPE) qranul',
      description: 'LDPE film grade granules for packaging',
      categoryCode: '390110',
      unit: 't',
      quantity: '60',
      joins: ['40'],
      currency: 'AZN',
      city: 'Sumgait',
      lat: 40.5897,
      lng: 49.6686,
    },
    past: {
      title: 'Polipropilen qranul (PP)',
      categoryCode: '390210',
      quantity: '25',
      joins: ['15'],
      tiers: [
        ['5', '2150'],
        ['35', '1980'],
      ],
    },
    project: {
      title: 'İxrac konsorsiumu: Gürcüstan bazarı',
      kind: 'export_consortium',
      milestones: ['Bazar araşdırması'],
      tasks: ['Tbilisi distribyutorları ilə görüş', 'Sertifikat sənədlərinin hazırlanması'],
    },
  },
};

/** Life in the demo clusters: a channel with messages, suppliers, a pooled need and a project in progress. */
@Injectable()
export class DemoActivity {
  private readonly logger = new Logger(DemoActivity.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly posting: PostMessage,
    private readonly procurements: ProcurementsService,
    private readonly participations: ParticipationsService,
    private readonly projects: ProjectsService,
    private readonly quotes: QuotesService,
    private readonly awarding: AwardProcurement,
    private readonly profiles: SupplierProfilesService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly memberships: MembershipsService,
  ) {}

  /** The cluster's demo suppliers, each made through the owners of its account, organization, profile and seat. */
  private async seedSuppliers(cluster: SeededCluster, perCluster: number): Promise<number> {
    const plan = planDemoSuppliers({ clusters: [{ id: cluster.id, slug: cluster.slug, sector: cluster.sector }], perCluster });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      for (const supplier of plan) {
        const userId = await this.users.addWithHash(manager, supplier.person, passwordHash);
        const organization = await this.organizations.createIn(manager, userId, supplier.organization);
        await saveDemoSupplierProfile(manager, organization.id, supplier);
        await this.memberships.admit(manager, supplier.clusterId, userId, 'supplier', organization.id);
      }
    });
    return plan.length;
  }

  async run(cluster: SeededCluster, suppliersPerCluster: number): Promise<void> {
    const script = SCRIPTS[cluster.slug];
    if (!script) return;
    const people = [...cluster.people.values()];
    const admin = people.find((p) => p.role === 'admin')!;
    const organiser = people.find((p) => p.role === 'agent') ?? admin;
    const firms = people.filter((p) => p.role === 'member' && p.organizationId);

    const channel = await this.channels.create(admin.userId, cluster.id, { name: script.channel, kind: 'public' });
    for (const [i, body] of script.messages.entries()) {
      const author = [admin, ...firms][i % (firms.length + 1)];
      await this.channels.join(author.userId, channel.id).catch(() => undefined);
      await this.posting.post(author.userId, { channelId: channel.id, body, clientMessageId: randomUUID() });
    }

    const made = await this.seedSuppliers(cluster, suppliersPerCluster);

    const [buyer, ...joiners] = firms;
    const need = await this.procurements.create(buyer.userId, cluster.id, {
      organizationId: buyer.organizationId!,
      title: script.need.title,
      description: script.need.description,
      categoryCode: script.need.categoryCode,
      unit: script.need.unit,
      quantity: script.need.quantity,
      currency: script.need.currency,
      joinDeadline: day(7),
      quoteDeadline: day(14),
      deliveryCity: script.need.city,
      deliveryLat: script.need.lat,
      deliveryLng: script.need.lng,
    });
    await this.procurements.publish(buyer.userId, need.id);
    for (const [i, quantity] of script.need.joins.entries())
      if (joiners[i]) await this.participations.join(joiners[i].userId, need.id, joiners[i].organizationId!, quantity);

    const seller = people.find((p) => p.role === 'supplier' && p.organizationId);
    if (seller) await this.pastAward(cluster, script, buyer, joiners, seller);

    const project = await this.projects.create(organiser.userId, cluster.id, {
      title: script.project.title,
      description: script.project.title,
      kind: script.project.kind,
      startDate: date(-20),
      endDate: date(150),
    });
    for (const f of firms) await this.projects.addMember(organiser.userId, project.id, f.organizationId!, '0');
    const milestones = [];
    for (const [i, title] of script.project.milestones.entries())
      milestones.push(await this.projects.addMilestone(organiser.userId, project.id, { title, dueDate: date(30 * (i + 1)) }));
    for (const [i, title] of script.project.tasks.entries()) {
      const task = await this.projects.addTask(organiser.userId, project.id, {
        title,
        assigneeId: firms[i % firms.length]?.userId,
        dueDate: date(5 + i * 7),
        milestoneId: milestones[i % milestones.length]?.id,
      });
      if (i === 0) await this.projects.updateTask(organiser.userId, task.id, { status: 'doing' });
    }
    this.logger.log(`${cluster.slug}: channel, ${made} suppliers, pooled needs and a project`);
  }

  /** The demo supplier's profile, and an earlier need it won. */
  private async pastAward(cluster: SeededCluster, script: Script, buyer: Person, joiners: Person[], seller: Person) {
    const need = script.need;
    await this.profiles.put(seller.userId, seller.organizationId!, {
      categories: [need.categoryCode.slice(0, 4), script.past.categoryCode.slice(0, 4)],
      capacityPerMonth: '100000',
      unit: need.unit,
      minOrderQuantity: '1',
      leadTimeDays: 10,
      serviceRadiusKm: 1500,
      lat: need.lat + 1,
      lng: need.lng - 1,
      certifications: ['ISO 9001'],
      priceTiers: script.past.tiers.map(([minQuantity, unitPrice]) => ({
        categoryCode: script.past.categoryCode.slice(0, 4),
        minQuantity,
        unitPrice,
        currency: need.currency,
      })),
    });
    const past = await this.procurements.create(buyer.userId, cluster.id, {
      organizationId: buyer.organizationId!,
      title: script.past.title,
      description: script.past.title,
      categoryCode: script.past.categoryCode,
      unit: need.unit,
      quantity: script.past.quantity,
      currency: need.currency,
      joinDeadline: day(2),
      quoteDeadline: day(4),
      deliveryCity: need.city,
      deliveryLat: need.lat,
      deliveryLng: need.lng,
    });
    await this.procurements.publish(buyer.userId, past.id);
    for (const [i, quantity] of script.past.joins.entries())
      if (joiners[i]) await this.participations.join(joiners[i].userId, past.id, joiners[i].organizationId!, quantity);
    await this.procurements.closeJoining(buyer.userId, past.id);
    const quote = await this.quotes.submit(seller.userId, past.id, {
      organizationId: seller.organizationId!,
      tiers: script.past.tiers.map(([minQuantity, unitPrice]) => ({ minQuantity, unitPrice })),
      leadTimeDays: 10,
      validUntil: day(30),
    });
    await this.procurements.closeQuoting(buyer.userId, past.id);
    await this.awarding.award(buyer.userId, past.id, quote.id);
  }
}

type Person = { userId: string; organizationId: string | null; role: string };
