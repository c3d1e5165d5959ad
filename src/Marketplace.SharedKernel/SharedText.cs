using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Marketplace.SharedKernel;

/// <summary>
/// The key of the texts every part of the marketplace shares: the layout, the account pages,
/// field labels, validation and problem messages, units, statuses shown by several modules.
/// Resources/SharedText.resx is Vietnamese (the default language), SharedText.en.resx English.
/// A module's own pages read their module's table first (<see cref="Text.ModuleText{TModule}"/>).
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; never instantiated.
public sealed class SharedText;
#pragma warning restore CA1052
