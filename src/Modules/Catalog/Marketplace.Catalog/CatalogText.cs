using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Marketplace.Catalog;

/// <summary>
/// The key of this module's own texts: Resources/CatalogText.resx (Vietnamese) and
/// CatalogText.en.resx; what it does not hold is read from the shared table (ModuleText).
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; never instantiated.
internal sealed class CatalogText;
#pragma warning restore CA1052
