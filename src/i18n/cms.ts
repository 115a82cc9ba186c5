/**
 * The editor's (Decap CMS at /admin/) own interface in bokmål: the phrases that Decap's `nb_no`
 * locale lacks (it falls back to English for them), and one it words awkwardly (regexPattern),
 * registered over it by /admin/oppsett.js.
 * Keys are Decap's (decap-cms-locales, `en`); tests/unit/cms-locale.test.ts fails when Decap's
 * English locale has a key that neither `nb_no` nor this file has.
 */
export const cmsLocale = {
  auth: {
    loginWithAzure: 'Logg inn med Azure',
    loginWithForgejo: 'Logg inn med Forgejo',
  },
  collection: {
    sidebar: {
      allCollections: 'Alle samlinger',
      searchIn: 'Søk i',
    },
    collectionTop: {
      // Decap's nb_no writes «＋» (U+FF0B), which the system fonts here draw as an empty box.
      newButton: '+ %{collectionLabel}',
      viewAsList: 'Vis som liste',
      viewAsGrid: 'Vis som rutenett',
      searchResults: 'Søkeresultater for «%{searchTerm}»',
      searchResultsInCollection: 'Søkeresultater for «%{searchTerm}» i %{collection}',
      filterBy: 'Filtrer etter',
      groupBy: 'Grupper etter',
    },
    entries: {
      unpublishedHeader: 'Upubliserte oppføringer',
    },
    groups: {
      other: 'Andre',
      negateLabel: 'Ikke %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: 'Feltet %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        // Decap's own: «… samsvarer ikke med mønsteret: <message>»; the message is the schema's rule.
        regexPattern: '%{fieldLabel}: %{pattern}.',
        invalidPath: '«%{path}» er ikke en gyldig sti',
        pathExists: 'Stien «%{path}» finnes allerede',
      },
      i18n: {
        writingInLocale: 'Skriver på %{locale}',
        copyFromLocale: 'Fyll inn fra et annet språk',
        copyFromLocaleConfirm: 'Vil du fylle inn innholdet fra %{locale}?\nAlt som står her nå, blir overskrevet.',
      },
    },
    editorInterface: {
      toggleI18n: 'Vis eller skjul språk',
      togglePreview: 'Vis eller skjul forhåndsvisning',
      toggleScrollSync: 'Synkroniser rulling',
      toggleNotes: 'Vis eller skjul notater',
    },
    editorNotesPane: {
      title: 'Notater',
      emptyState: 'Ingen notater ennå. Skriv det første notatet nedenfor.',
      addNote: 'Legg til notat',
      addPlaceholder: 'Skriv et notat …',
      editPlaceholder: 'Endre notatet …',
      save: 'Lagre',
      cancel: 'Avbryt',
      edit: 'Endre',
      delete: 'Slett',
      resolve: 'Merk som løst',
      unresolve: 'Merk som uløst',
      confirmDelete: 'Er du sikker på at du vil slette dette notatet?',
      shortcut: 'Tips: Trykk Ctrl+Enter for å legge til notatet',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Oppføringen er et utkast. Sett status til «Til vurdering» når den er klar.',
      statusInfoTooltipInReview: 'Oppføringen vurderes. Du trenger ikke gjøre noe, men du kan fortsatt endre den.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Fet',
        italic: 'Kursiv',
        strikethrough: 'Gjennomstreking',
        code: 'Kode',
        link: 'Lenke',
        linkPrompt: 'Skriv nettadressen til lenken',
        headings: 'Overskrifter',
        quote: 'Sitat',
        bulletedList: 'Punktliste',
        numberedList: 'Nummerert liste',
        addComponent: 'Sett inn komponent',
        toggleMode: {
          rich: 'Bytt til rik tekst',
          markdown: 'Bytt til Markdown',
        },
      },
      image: {
        chooseMultiple: 'Velg bilder',
        chooseUrl: 'Sett inn fra nettadresse',
        replaceUrl: 'Erstatt med nettadresse',
        promptUrl: 'Skriv nettadressen til bildet',
        addMore: 'Legg til flere bilder',
        removeAll: 'Fjern alle bildene',
      },
      file: {
        chooseUrl: 'Sett inn fra nettadresse',
        chooseMultiple: 'Velg filer',
        replaceUrl: 'Erstatt med nettadresse',
        promptUrl: 'Skriv nettadressen til fila',
        addMore: 'Legg til flere filer',
        removeAll: 'Fjern alle filene',
      },
      datetime: {
        setToNow: 'Sett %{fieldLabel} til nå',
      },
      list: {
        add: 'Legg til %{item}',
        addType: 'Legg til %{item}',
      },
      object: {
        expand: 'Vis',
        collapse: 'Skjul',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Kopier',
      copyUrl: 'Kopier nettadresse',
      copyPath: 'Kopier sti',
      copyName: 'Kopier navn',
      copied: 'Kopiert',
    },
    mediaLibraryModal: {
      close: 'Lukk',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Kontovalg',
    },
    toast: {
      noteAdded: 'Notatet er lagt til',
      onFailToAddNote: 'Kunne ikke legge til notatet: %{details}',
      noteUpdated: 'Notatet er endret',
      onFailToUpdateNote: 'Kunne ikke endre notatet: %{details}',
      noteDeleted: 'Notatet er slettet',
      onFailToDeleteNote: 'Kunne ikke slette notatet: %{details}',
      noteResolved: 'Notatet er merket som løst',
      noteReopened: 'Notatet er åpnet igjen',
      onFailToToggleNote: 'Kunne ikke endre notatets status: %{details}',
      onLoggedOut: 'Du er logget ut. Ta vare på det du har skrevet, og logg inn igjen.',
      onBackendDown: 'Lagringstjenesten har driftsproblemer. Se %{details} for mer informasjon.',
    },
  },
} as const;

/** Texts of /admin/ outside Decap's locale: the page itself and the previews. */
export const cmsUi = {
  pageTitle: 'Redaksjon – Kompetansebanken',
  appTitle: 'Kompetansebanken – redaksjon',
  noScript: 'Redaksjonsverktøyet trenger JavaScript.',
  previewNewsletterNumber: 'Nyhetsbrev nr.',
  previewPublished: 'Publisert',
  previewDraft: 'Utkast: vises ikke på nettstedet før avkrysningen «Utkast» er fjernet.',
  previewExample: 'Eksempeldata: oppdiktet innhold.',
  previewScheduled: 'Planlagt: kommer på nettstedet når det bygges på eller etter denne datoen.',
  previewNoImage: 'Ingen bilde valgt ennå.',
  previewFrameTitle: 'Forhåndsvisning: slik blir siden på nettstedet',
  markdownSwitch: 'Skriv i Markdown',
} as const;
