import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('categories')
export class Category {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ type: 'text' })
  section: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fa', type: 'text', nullable: true })
  nameFa: string | null;

  @Column({ name: 'name_az', type: 'text', nullable: true })
  nameAz: string | null;

  @Column({ type: 'text' })
  search: string;
}
