// Places and nationalities, for telling which place or actor a figure is
// about (US troops in Iraq: the actor is the United States, the place Iraq).
// Written as Arabic is written; the workspace normalizes them once at load.
// A country is named by its names and by its nisba (أمريكي، العراقية،
// السوريين …: every inflection is derived from the masculine singular).

export interface Country {
  /** The name the folder shows and groups by. */
  key: string;
  names: string[];
  /** Masculine singular nisbas (أمريكي، أميركي). */
  nisbas: string[];
  /** A country whose verb is masculine (أعلن العراق، أكد لبنان); the others take a feminine one (أعلنت مصر). */
  masculine?: true;
}

export const COUNTRIES: Country[] = [
  { key: 'العراق', names: ['العراق'], nisbas: ['عراقي'], masculine: true },
  { key: 'سوريا', names: ['سوريا', 'سورية'], nisbas: ['سوري'] },
  { key: 'لبنان', names: ['لبنان'], nisbas: ['لبناني'], masculine: true },
  { key: 'الأردن', names: ['الأردن'], nisbas: ['أردني'], masculine: true },
  { key: 'فلسطين', names: ['فلسطين', 'الأراضي الفلسطينية'], nisbas: ['فلسطيني'] },
  { key: 'إسرائيل', names: ['إسرائيل'], nisbas: ['إسرائيلي'] },
  { key: 'مصر', names: ['مصر'], nisbas: ['مصري'] },
  { key: 'السعودية', names: ['السعودية', 'المملكة العربية السعودية'], nisbas: ['سعودي'] },
  { key: 'اليمن', names: ['اليمن'], nisbas: ['يمني'], masculine: true },
  { key: 'الإمارات', names: ['الإمارات', 'الإمارات العربية المتحدة'], nisbas: ['إماراتي'] },
  { key: 'قطر', names: ['قطر'], nisbas: ['قطري'] },
  { key: 'الكويت', names: ['الكويت'], nisbas: ['كويتي'] },
  { key: 'البحرين', names: ['البحرين'], nisbas: ['بحريني'] },
  { key: 'عمان', names: ['سلطنة عمان'], nisbas: ['عماني'] },
  { key: 'ليبيا', names: ['ليبيا'], nisbas: ['ليبي'] },
  { key: 'تونس', names: ['تونس'], nisbas: ['تونسي'] },
  { key: 'الجزائر', names: ['الجزائر'], nisbas: ['جزائري'] },
  { key: 'المغرب', names: ['المغرب'], nisbas: ['مغربي'], masculine: true },
  { key: 'السودان', names: ['السودان'], nisbas: ['سوداني'], masculine: true },
  { key: 'الصومال', names: ['الصومال'], nisbas: ['صومالي'], masculine: true },
  { key: 'إيران', names: ['إيران'], nisbas: ['إيراني'] },
  { key: 'تركيا', names: ['تركيا'], nisbas: ['تركي'] },
  { key: 'أفغانستان', names: ['أفغانستان'], nisbas: ['أفغاني'] },
  { key: 'باكستان', names: ['باكستان'], nisbas: ['باكستاني'] },
  { key: 'الهند', names: ['الهند'], nisbas: ['هندي'] },
  { key: 'الصين', names: ['الصين'], nisbas: ['صيني'] },
  { key: 'اليابان', names: ['اليابان'], nisbas: ['ياباني'] },
  { key: 'روسيا', names: ['روسيا'], nisbas: ['روسي'] },
  { key: 'أوكرانيا', names: ['أوكرانيا'], nisbas: ['أوكراني'] },
  { key: 'الولايات المتحدة', names: ['الولايات المتحدة', 'أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'], nisbas: ['أمريكي', 'أميركي'] },
  { key: 'بريطانيا', names: ['بريطانيا', 'المملكة المتحدة'], nisbas: ['بريطاني'] },
  { key: 'فرنسا', names: ['فرنسا'], nisbas: ['فرنسي'] },
  { key: 'ألمانيا', names: ['ألمانيا'], nisbas: ['ألماني'] },
  { key: 'إيطاليا', names: ['إيطاليا'], nisbas: ['إيطالي'] },
  { key: 'إسبانيا', names: ['إسبانيا'], nisbas: ['إسباني'] },
  { key: 'اليونان', names: ['اليونان'], nisbas: ['يوناني'] },
  { key: 'كندا', names: ['كندا'], nisbas: ['كندي'] },
  { key: 'أستراليا', names: ['أستراليا'], nisbas: ['أسترالي'] },
  { key: 'نيجيريا', names: ['نيجيريا'], nisbas: ['نيجيري'] },
  { key: 'إثيوبيا', names: ['إثيوبيا'], nisbas: ['إثيوبي'] },
  { key: 'البرازيل', names: ['البرازيل'], nisbas: ['برازيلي'] },
  { key: 'كوريا الشمالية', names: ['كوريا الشمالية'], nisbas: [] },
  { key: 'كوريا الجنوبية', names: ['كوريا الجنوبية'], nisbas: [] },
];

/** Cities and territories, each its own place (a toll in Baghdad is not a toll in Mosul). */
export const CITIES = [
  'بغداد', 'الموصل', 'البصرة', 'الفلوجة', 'الرمادي', 'كركوك', 'أربيل', 'دمشق', 'حلب', 'حمص', 'إدلب', 'الرقة', 'دير الزور',
  'درعا', 'بيروت', 'عمان', 'القاهرة', 'سيناء', 'الإسكندرية', 'الرياض', 'جدة', 'مكة المكرمة', 'صنعاء', 'عدن', 'تعز', 'مأرب',
  'طرابلس', 'بنغازي', 'غزة', 'قطاع غزة', 'القدس', 'الضفة الغربية', 'طهران', 'أنقرة', 'إسطنبول', 'كابول', 'موسكو', 'لندن',
  'باريس', 'برلين', 'واشنطن', 'نيويورك', 'دبي', 'أبوظبي', 'الدوحة',
];

/** Compass words before a country that make it a region (شمال شرقي سوريا). */
export const DIRECTIONS = ['شمال', 'شمالي', 'جنوب', 'جنوبي', 'شرق', 'شرقي', 'غرب', 'غربي', 'وسط'];

/** Words before a country name that make it where the figure is (في العراق), not who (أرسلت أمريكا). */
export const LOCATIVES = ['في', 'داخل', 'إلى', 'الى', 'من', 'عبر', 'أنحاء', 'عموم', 'حدود', 'مناطق', 'أراضي'];

/** Nouns a nisba makes a place (المناطق السورية), where it otherwise names an actor (الجنود الأمريكيين). */
export const TERRITORY_NOUNS = [
  'المناطق', 'الأراضي', 'المدن', 'الحدود', 'العاصمة', 'المحافظات', 'البلدات', 'القرى', 'الأجواء', 'المياه', 'السواحل', 'الساحة',
];

/**
 * Counted nouns that are not quantities of a thing: currencies, measures and
 * percentages are counted by the figures pass but say nothing of what is
 * counted (a budget, a distance), and "others" counts whatever came before.
 */
export const NOT_COUNTED_THINGS = ['آخر', 'آخرين', 'ضعف', 'أضعاف', 'نقطة', 'مرة'];

/**
 * Happenings counted over a period (41 air strikes on Thursday, 61 attacks in
 * a month): two counts are of two periods unless the text says otherwise,
 * so they are not values of one quantity.
 */
export const HAPPENINGS = [
  'ضربة', 'غارة', 'هجوم', 'هجمة', 'عملية', 'طلعة', 'صاروخ', 'قذيفة', 'انفجار', 'رحلة', 'مباراة', 'حادث', 'حادثة', 'بلاغ', 'زيارة',
];
