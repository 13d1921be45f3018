/**
 * The data-field vocabulary shared by the knowledge base, the analyzer and the UI.
 *
 * Ids are Have I Been Pwned data classes in kebab case, with Indian identity documents split out
 * (the same ids as the evaluation corpus). Each field has its English and Hindi display names and the
 * synonyms articles use for it; the analyzer finds fields in article text through `synonyms` only,
 * so a phrase that articles use for a field belongs there, in normalised-friendly spelling (the analyzer
 * normalises both the text and the synonyms before matching).
 */

export const FIELD_IDS = [
  'names',
  'ages',
  'genders',
  'dates-of-birth',
  'years-of-birth',
  'phone-numbers',
  'email-addresses',
  'physical-addresses',
  'geographic-locations',
  'aadhaar-numbers',
  'pan-numbers',
  'passport-numbers',
  'voter-ids',
  'government-issued-ids',
  'kyc-documents',
  'covid-test-results',
  'vaccination-records',
  'medical-records',
  'health-insurance-records',
  'bank-account-numbers',
  'credit-cards',
  'partial-credit-card-data',
  'card-cvv',
  'passwords',
  'pins',
  'usernames',
  'ip-addresses',
  'purchases',
  'family-members-names',
  'biometric-data',
  'photos',
  'signatures',
  'financial-transactions',
  'tax-records',
  'employment-details',
  'imsi-numbers',
  'vehicle-details',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

export interface FieldDefinition {
  id: FieldId;
  name: { en: string; hi: string };
  /** Phrases articles use for this field. Matched on word boundaries after normalisation. */
  synonyms: { en: readonly string[]; hi: readonly string[] };
  /**
   * Synonyms that also name something else ("email" is also a message: "email exchanges", "suspicious emails"):
   * they name the field only in a sentence that lists another field too. Each is also in `synonyms`.
   */
  listOnly?: { en: readonly string[]; hi: readonly string[] };
}

const FIELD_ID_SET: ReadonlySet<string> = new Set(FIELD_IDS);

export function isFieldId(value: unknown): value is FieldId {
  return typeof value === 'string' && FIELD_ID_SET.has(value);
}

export const FIELDS: Readonly<Record<FieldId, FieldDefinition>> = {
  names: {
    id: 'names',
    name: { en: 'Names', hi: 'नाम' },
    synonyms: { en: ['name', 'names', 'full name', 'full names', 'first name', 'last name', 'first and last names'], hi: ['नाम', 'नामों', 'पूरा नाम', 'पूरे नाम'] },
  },
  ages: {
    id: 'ages',
    name: { en: 'Ages', hi: 'उम्र' },
    synonyms: { en: ['age', 'ages'], hi: ['उम्र', 'आयु'] },
  },
  genders: {
    id: 'genders',
    name: { en: 'Genders', hi: 'लिंग' },
    synonyms: { en: ['gender', 'genders', 'sex'], hi: ['लिंग', 'जेंडर'] },
  },
  'dates-of-birth': {
    id: 'dates-of-birth',
    name: { en: 'Dates of birth', hi: 'जन्म तिथि' },
    synonyms: { en: ['date of birth', 'dates of birth', 'birth date', 'birth dates', 'dob', 'birth details'], hi: ['जन्म तिथि', 'जन्मतिथि', 'जन्म की तारीख', 'जन्म तारीख', 'जन्मतिथियां', 'डेट ऑफ बर्थ'] },
  },
  'years-of-birth': {
    id: 'years-of-birth',
    name: { en: 'Years of birth', hi: 'जन्म वर्ष' },
    synonyms: { en: ['year of birth', 'years of birth', 'birth year'], hi: ['जन्म वर्ष', 'जन्म का वर्ष', 'जन्म का साल'] },
  },
  'phone-numbers': {
    id: 'phone-numbers',
    name: { en: 'Phone numbers', hi: 'फोन नंबर' },
    synonyms: {
      en: ['phone number', 'phone numbers', 'mobile number', 'mobile numbers', 'contact number', 'contact numbers', 'phone no', 'mobile no', 'telephone number', 'telephone numbers', 'phone nos', 'mobile nos', 'cellphone number*', 'cell phone number*', 'mobile phone number*'],
      hi: ['मोबाइल नंबर', 'फोन नंबर', 'मोबाइल नम्बर', 'फोन नम्बर', 'संपर्क नंबर', 'मोबाइल संख्या', 'मोबाइल नंबरों', 'फोन नंबरों', 'कॉन्टैक्ट नंबर', 'कॉन्टेक्ट नंबर', 'कांटेक्ट नंबर', 'टेलीफोन नंबर', 'टेलिफोन नंबर', 'मोबाइल नं', 'फोन नं'],
    },
  },
  'email-addresses': {
    id: 'email-addresses',
    name: { en: 'Email addresses', hi: 'ईमेल आईडी' },
    synonyms: { en: ['email', 'emails', 'email address', 'email addresses', 'e-mail', 'e-mail address', 'email id', 'email ids', 'e-mail ids', 'mail ids'], hi: ['ईमेल', 'ई-मेल', 'इमेल', 'ईमेल आईडी', 'ईमेल एड्रेस', 'ई-मेल एड्रेस', 'ईमेल पता', 'ईमेल पते', 'ईमेल पतों', 'मेल आईडी'] },
    listOnly: { en: ['email', 'emails', 'e-mail'], hi: ['ईमेल', 'ई-मेल', 'इमेल'] },
  },
  'physical-addresses': {
    id: 'physical-addresses',
    name: { en: 'Addresses', hi: 'पते' },
    synonyms: { en: ['address', 'addresses', 'home address', 'residential address', 'postal address'], hi: ['पता', 'पते', 'पतों', 'घर का पता', 'आवासीय पता', 'एड्रेस', 'घर के पते'] },
  },
  'geographic-locations': {
    id: 'geographic-locations',
    name: { en: 'Geographic locations', hi: 'लोकेशन' },
    synonyms: { en: ['location', 'locations', 'gps', 'geo-location', 'geolocation', 'gps location', 'latitude', 'longitude', 'city of residence', 'location history', 'location data'], hi: ['लोकेशन', 'स्थान', 'जीपीएस', 'लोकेशन हिस्ट्री'] },
  },
  'aadhaar-numbers': {
    id: 'aadhaar-numbers',
    name: { en: 'Aadhaar numbers', hi: 'आधार नंबर' },
    synonyms: { en: ['aadhaar', 'aadhaar number', 'aadhaar numbers', 'aadhar', 'aadhar number', 'aadhaar card'], hi: ['आधार', 'आधार नंबर', 'आधार कार्ड', 'आधार संख्या', 'आधार नंबरों'] },
  },
  'pan-numbers': {
    id: 'pan-numbers',
    name: { en: 'PAN numbers', hi: 'पैन नंबर' },
    synonyms: { en: ['pan', 'pan number', 'pan numbers', 'pan card', 'pan cards', 'pan card number', 'pan card numbers', 'pan details'], hi: ['पैन', 'पैन नंबर', 'पैन कार्ड', 'पैन कार्ड नंबर', 'पैन नंबरों'] },
  },
  'passport-numbers': {
    id: 'passport-numbers',
    name: { en: 'Passport numbers', hi: 'पासपोर्ट नंबर' },
    synonyms: { en: ['passport', 'passports', 'passport number', 'passport numbers', 'passport details'], hi: ['पासपोर्ट', 'पासपोर्ट नंबर'] },
  },
  'voter-ids': {
    id: 'voter-ids',
    name: { en: 'Voter IDs', hi: 'वोटर आईडी' },
    synonyms: { en: ['voter id', 'voter ids', 'voter id card', 'epic number'], hi: ['वोटर आईडी', 'मतदाता पहचान पत्र', 'वोटर कार्ड'] },
  },
  'government-issued-ids': {
    id: 'government-issued-ids',
    name: { en: 'Government-issued IDs', hi: 'सरकारी पहचान पत्र' },
    synonyms: { en: ['government id', 'government ids', 'id proof', 'id proofs', 'identity card', 'photo id', 'copies of identification', 'driving licence', 'driving licences', 'driving license', 'driving licenses', 'driver licenses', 'driver license'], hi: ['पहचान पत्र', 'सरकारी पहचान पत्र', 'आईडी प्रूफ', 'ड्राइविंग लाइसेंस'] },
  },
  'kyc-documents': {
    id: 'kyc-documents',
    name: { en: 'KYC documents', hi: 'केवाईसी दस्तावेज' },
    synonyms: { en: ['kyc', 'kyc documents', 'kyc details', 'kyc data'], hi: ['केवाईसी', 'केवाईसी दस्तावेज'] },
  },
  'covid-test-results': {
    id: 'covid-test-results',
    name: { en: 'COVID-19 test results', hi: 'कोविड-19 जांच के नतीजे' },
    synonyms: {
      en: ['covid test result', 'covid test results', 'covid-19 test result', 'covid-19 test results', 'rt-pcr result', 'rt-pcr results', 'rt-pcr test result', 'rt-pcr test results', 'result of a covid-19 test', 'result of a covid test', 'results of covid-19 tests', 'covid-19 report', 'covid report', 'covid status', 'covid-19 status'],
      hi: ['कोविड टेस्ट परिणाम', 'कोविड टेस्ट के नतीजे', 'कोविड टेस्ट रिपोर्ट', 'कोविड जांच रिपोर्ट', 'कोविड जांच के परिणाम', 'कोविड-19 रिपोर्ट', 'कोविड रिपोर्ट', 'आरटी-पीसीआर जांच के नतीजे', 'आरटी-पीसीआर जांच के नतीजों', 'आरटी-पीसीआर परीक्षण के परिणाम', 'कोविड जांच के नतीजे', 'कोविड जांच परिणाम', 'कोविड जांच के नतीजों', 'कोरोना रिपोर्ट'],
    },
  },
  'vaccination-records': {
    id: 'vaccination-records',
    name: { en: 'Vaccination records', hi: 'टीकाकरण रिकॉर्ड' },
    synonyms: { en: ['vaccination record', 'vaccination records', 'vaccination details', 'vaccination status', 'vaccination centre', 'dose details'], hi: ['टीकाकरण रिकॉर्ड', 'टीकाकरण की जानकारी', 'वैक्सीनेशन', 'टीकाकरण केंद्र'] },
  },
  'medical-records': {
    id: 'medical-records',
    name: { en: 'Medical records', hi: 'मेडिकल रिकॉर्ड' },
    synonyms: { en: ['medical record', 'medical records', 'health records', 'patient records', 'patient data', 'medical reports', 'medical history', 'medical histories', 'medical data', 'diagnosis', 'diagnoses', 'treatment details', 'health information', 'health details', 'health data', 'medical information', 'medical details', 'prescriptions', 'health documents'], hi: ['मेडिकल रिकॉर्ड', 'स्वास्थ्य रिकॉर्ड', 'मरीजों का डेटा', 'मेडिकल रिपोर्ट', 'मरीजों का डाटा', 'मेडिकल डेटा', 'स्वास्थ्य जानकारी', 'स्वास्थ्य संबंधी जानकारी', 'स्वास्थ्य डेटा', 'मेडिकल जानकारी', 'बीमारियों की जानकारी'] },
  },
  'health-insurance-records': {
    id: 'health-insurance-records',
    name: { en: 'Health insurance records', hi: 'स्वास्थ्य बीमा रिकॉर्ड' },
    synonyms: { en: ['insurance claim', 'insurance claims', 'claim documents', 'policy details', 'health insurance records', 'health insurance information', 'health insurance details'], hi: ['बीमा दावे', 'क्लेम', 'पॉलिसी की जानकारी', 'पॉलिसी डिटेल्स'] },
  },
  'bank-account-numbers': {
    id: 'bank-account-numbers',
    name: { en: 'Bank account numbers', hi: 'बैंक खाता नंबर' },
    synonyms: { en: ['bank account', 'bank accounts', 'bank account number', 'bank account numbers', 'bank details', 'account number', 'account numbers', 'bank passbook number'], hi: ['बैंक खाता', 'बैंक खाते', 'बैंक खातों', 'खाता नंबर', 'खाता संख्या', 'बैंक डिटेल*', 'बैंक अकाउंट', 'बैंक पासबुक नंबर', 'बैंक विवरण'] },
  },
  'credit-cards': {
    id: 'credit-cards',
    name: { en: 'Payment card details', hi: 'क्रेडिट/डेबिट कार्ड की जानकारी' },
    synonyms: { en: ['credit card', 'credit cards', 'debit card', 'debit cards', 'card details', 'card number', 'card numbers', 'payment card', 'payment cards'], hi: ['क्रेडिट कार्ड', 'डेबिट कार्ड', 'कार्ड की जानकारी', 'कार्ड नंबर', 'कार्ड नंबरों', 'कार्ड डिटेल*', 'कार्ड के डिटेल*'] },
  },
  'partial-credit-card-data': {
    id: 'partial-credit-card-data',
    name: { en: 'Partial (masked) card data', hi: 'कार्ड की अधूरी (मास्क्ड) जानकारी' },
    synonyms: { en: ['masked card', 'masked card numbers', 'last four digits', 'first four and last four digits', 'first and last four digits', 'partial card', 'partial card details', 'partial credit card', 'partial credit card details', 'card expiry', 'expiry dates'], hi: ['मास्क्ड कार्ड', 'आखिरी चार अंक', 'आंशिक कार्ड', 'आंशिक क्रेडिट कार्ड', 'आंशिक क्रेडिट कार्ड डिटेल*', 'एक्सपायरी डेट'] },
  },
  'card-cvv': {
    id: 'card-cvv',
    name: { en: 'Card CVV', hi: 'कार्ड का सीवीवी' },
    synonyms: { en: ['cvv', 'cvv number', 'cvv numbers'], hi: ['सीवीवी'] },
  },
  passwords: {
    id: 'passwords',
    name: { en: 'Passwords', hi: 'पासवर्ड' },
    synonyms: { en: ['password', 'passwords', 'password hashes', 'hashed passwords', 'encrypted passwords', 'login credentials'], hi: ['पासवर्ड', 'पासवर्डों'] },
  },
  pins: {
    id: 'pins',
    name: { en: 'PINs', hi: 'पिन' },
    synonyms: { en: ['pin', 'pins', 'otp', 'otps'], hi: ['पिन', 'ओटीपी'] },
  },
  usernames: {
    id: 'usernames',
    name: { en: 'Usernames', hi: 'यूजरनेम' },
    synonyms: { en: ['username', 'usernames', 'user name', 'user id', 'user ids', 'login id', 'login ids'], hi: ['यूजरनेम', 'यूजर नेम', 'यूजर आईडी', 'लॉगिन आईडी'] },
  },
  'ip-addresses': {
    id: 'ip-addresses',
    name: { en: 'IP addresses', hi: 'आईपी एड्रेस' },
    synonyms: { en: ['ip address', 'ip addresses', 'internet protocol address', 'internet protocol addresses', 'internet protocol (ip) address', 'internet protocol (ip) addresses'], hi: ['आईपी एड्रेस', 'आईपी पता'] },
  },
  purchases: {
    id: 'purchases',
    name: { en: 'Purchases and orders', hi: 'खरीदारी और ऑर्डर' },
    synonyms: { en: ['order details', 'order history', 'orders', 'order dates', 'purchase history', 'purchase details', 'purchases', 'ticket details', 'ticket information', 'booking details', 'booking information'], hi: ['ऑर्डर', 'ऑर्डर की जानकारी', 'ऑर्डर डिटेल्स', 'खरीदारी', 'खरीदारी की जानकारी', 'टिकट की जानकारी'] },
  },
  'family-members-names': {
    id: 'family-members-names',
    name: { en: "Family members' names", hi: 'परिवार के सदस्यों के नाम' },
    synonyms: { en: ["father's name", "fathers name", "father's names", "fathers' names", 'fathers names', 'family members', 'family member details', "mother's name", "relative's name", "spouse's name"], hi: ['पिता का नाम', 'पिता के नाम', 'परिवार के सदस्य', 'पति का नाम'] },
  },
  'biometric-data': {
    id: 'biometric-data',
    name: { en: 'Biometric data', hi: 'बायोमेट्रिक डेटा' },
    synonyms: { en: ['biometric', 'biometrics', 'biometric data', 'fingerprints', 'iris scans'], hi: ['बायोमेट्रिक', 'फिंगरप्रिंट', 'उंगलियों के निशान'] },
  },
  photos: {
    id: 'photos',
    name: { en: 'Photos', hi: 'फोटो' },
    synonyms: { en: ['photo', 'photos', 'photograph', 'photographs', 'selfies'], hi: ['फोटो', 'तस्वीर', 'तस्वीरें', 'तस्वीरों'] },
  },
  signatures: {
    id: 'signatures',
    name: { en: 'Signatures', hi: 'हस्ताक्षर' },
    synonyms: { en: ['signature', 'signatures'], hi: ['हस्ताक्षर', 'सिग्नेचर'] },
  },
  'financial-transactions': {
    id: 'financial-transactions',
    name: { en: 'Financial transactions', hi: 'वित्तीय लेनदेन' },
    synonyms: { en: ['transaction', 'transactions', 'transaction details', 'transaction history', 'account balance', 'account balances', 'bank statement', 'bank statements'], hi: ['लेनदेन', 'लेन-देन', 'ट्रांजैक्शन', 'बैलेंस'] },
  },
  'tax-records': {
    id: 'tax-records',
    name: { en: 'Tax records', hi: 'टैक्स रिकॉर्ड' },
    synonyms: { en: ['tax records', 'tax details', 'tax returns', 'itr'], hi: ['टैक्स', 'आयकर रिटर्न'] },
  },
  'employment-details': {
    id: 'employment-details',
    name: { en: 'Employment details', hi: 'नौकरी का ब्योरा' },
    synonyms: { en: ['employee details', 'employee data', 'employment details', 'salary details', 'employer'], hi: ['कर्मचारियों का डेटा', 'कर्मचारी', 'वेतन'] },
  },
  'imsi-numbers': {
    id: 'imsi-numbers',
    name: { en: 'IMSI numbers', hi: 'आईएमएसआई नंबर' },
    synonyms: { en: ['imsi', 'imsi number', 'imsi numbers'], hi: ['आईएमएसआई'] },
  },
  'vehicle-details': {
    id: 'vehicle-details',
    name: { en: 'Vehicle details', hi: 'वाहन का ब्योरा' },
    synonyms: { en: ['vehicle details', 'vehicle number', 'vehicle numbers', 'car details', 'registration number', 'registration numbers', 'vehicle registration*', 'car registration*', 'number plate*', 'licence plate*', 'license plate*'],
      hi: ['वाहन', 'गाड़ी नंबर', 'वाहन नंबर', 'कार नंबर', 'रजिस्ट्रेशन नंबर', 'वाहन पंजीकरण', 'पंजीकरण संख्या', 'नंबर प्लेट', 'गाडियों के नंबर'] },
  },
};
