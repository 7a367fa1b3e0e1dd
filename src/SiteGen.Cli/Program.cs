using SiteGen.Cli;

return SiteGenCommand.Create().Parse(args).Invoke();
